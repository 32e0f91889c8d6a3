import { useDeferredValue, useRef, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Card, ErrorMessage, Field, Icon, Input, PageHeader, Stat, formatNumber } from '../../../ui';
import { formatCo2, tonnes } from '../co2-format';
import { AssumptionsTable } from '../components/Explain';
import { Co2ProjectionDetailQuery, Co2SettingsQuery } from '../graphql/co2';
import '../co2.css';

const STUDY = { desks: '40', users: '4', years: '5', kitKg: '700', lifetime: '' };
type Inputs = typeof STUDY;

/** Reads a number typed the French or the English way ("4,5" or "4.5"). */
const parse = (s: string) => (s.trim() === '' ? NaN : Number(s.replace(',', '.')));

/** The founding study's projection for any inputs, opening on its 532 t. */
export function Co2SimulatorPage() {
  const { t } = useTranslation('co2');
  const [inputs, setInputs] = useState<Inputs>(STUDY);
  const deferred = useDeferredValue(inputs);
  const settings = useQuery(Co2SettingsQuery);
  const lifetimeSetting = settings.data?.co2Settings.kitLifetimeYears;
  const values = {
    desks: parse(deferred.desks),
    usersPerDeskPerYear: parse(deferred.users),
    years: parse(deferred.years),
    kitFootprintKg: parse(deferred.kitKg),
    kitLifetimeYears: deferred.lifetime.trim() === '' ? null : parse(deferred.lifetime),
  };
  const complete = [values.desks, values.usersPerDeskPerYear, values.years, values.kitFootprintKg].every(Number.isFinite) && (values.kitLifetimeYears === null || Number.isFinite(values.kitLifetimeYears));
  const projection = useQuery(Co2ProjectionDetailQuery, { variables: { input: values }, skip: !complete });
  // Keep the last answer on screen while the next one loads.
  const last = useRef(projection.data?.co2Projection);
  if (projection.data?.co2Projection) last.current = projection.data.co2Projection;
  const p = complete ? last.current : undefined;
  const set = (key: keyof Inputs) => (e: React.ChangeEvent<HTMLInputElement>) => setInputs((prev) => ({ ...prev, [key]: e.target.value }));
  const isStudy = JSON.stringify(inputs) === JSON.stringify(STUDY);
  const lifetime = values.kitLifetimeYears ?? lifetimeSetting ?? 5;

  return (
    <div className="co2-page co2-simulator">
      <PageHeader
        eyebrow={<Link to="/co2">← {t('common.backToReport')}</Link>}
        title={t('simulator.title')}
        subtitle={t('simulator.subtitle')}
      />
      <div className="co2-simulator__grid">
        <Card className="co2-simulator__inputs">
          <form className="form-grid" onSubmit={(e) => e.preventDefault()}>
            <Field label={t('simulator.desks')}><Input inputMode="numeric" value={inputs.desks} onChange={set('desks')} /></Field>
            <Field label={t('simulator.users')}><Input inputMode="decimal" value={inputs.users} onChange={set('users')} /></Field>
            <Field label={t('simulator.years')}><Input inputMode="decimal" value={inputs.years} onChange={set('years')} /></Field>
            <Field label={t('simulator.kitKg')}><Input inputMode="decimal" value={inputs.kitKg} onChange={set('kitKg')} /></Field>
            <Field label={t('simulator.lifetime')} hint={t('simulator.lifetimeHint')}>
              <Input inputMode="decimal" value={inputs.lifetime} placeholder={lifetimeSetting !== undefined ? formatNumber(lifetimeSetting, 1) : ''} onChange={set('lifetime')} />
            </Field>
            <Button variant="ghost" onClick={() => setInputs(STUDY)} disabled={isStudy}>{t('simulator.reset')}</Button>
          </form>
        </Card>
        <div className="co2-simulator__result">
          {!complete ? (
            <Alert tone="warning">{t('simulator.incomplete')}</Alert>
          ) : projection.error ? (
            <ErrorMessage error={projection.error} />
          ) : p ? (
            <>
              <section className="co2-headline" aria-labelledby="co2-sim-label">
                <div className="co2-headline__icon" aria-hidden="true"><Icon name="leaf" size={28} /></div>
                <div className="co2-headline__figure">
                  <div id="co2-sim-label" className="co2-headline__label">{t('simulator.result')}</div>
                  <div className="co2-headline__value" data-testid="co2-projection-net">
                    <span className="num">{tonnes(p.netAvoidedKg)}</span> <span className="co2-headline__unit">{t('common.t')}</span>
                  </div>
                </div>
                {p.netAvoidedKg > 0 && (
                  <ul className="co2-headline__equivalents">
                    <li><Icon name="globe" size={16} /> {t('report.headline.car', { km: formatNumber(Math.round(p.carKmEquivalent), 0) })}</li>
                  </ul>
                )}
              </section>
              <div className="stats co2-stats">
                <Stat label={t('simulator.machines')} value={formatNumber(p.machinesAvoided, 0)} />
                <Stat label={t('simulator.gross')} value={formatCo2(p.grossAvoidedKg)} />
                <Stat label={t('simulator.flex')} value={formatCo2(p.flexFootprintKg)} hint={t('simulator.flexHint', { count: p.kitGenerations, desks: formatNumber(values.desks, 0) })} />
              </div>
              <Card title={t('simulator.formulaTitle')}>
                <ol className="co2-formula">
                  <li>{t('simulator.formulaMachines', { desks: formatNumber(values.desks, 0), users: formatNumber(values.usersPerDeskPerYear, 2), years: formatNumber(values.years, 2), machines: formatNumber(p.machinesAvoided, 0) })}</li>
                  <li>{t('simulator.formulaGross', { machines: formatNumber(p.machinesAvoided, 0), kg: formatNumber(values.kitFootprintKg, 1), gross: formatCo2(p.grossAvoidedKg) })}</li>
                  <li>{t('simulator.formulaFlex', { desks: formatNumber(values.desks, 0), kg: formatNumber(values.kitFootprintKg, 1), generations: `⌈${formatNumber(values.years, 2)} / ${formatNumber(lifetime, 2)}⌉ = ${p.kitGenerations}`, flex: formatCo2(p.flexFootprintKg) })}</li>
                  <li><strong>{t('simulator.formulaNet', { gross: formatCo2(p.grossAvoidedKg), flex: formatCo2(p.flexFootprintKg), net: formatCo2(p.netAvoidedKg) })}</strong></li>
                </ol>
                <p className="muted co2-small">{t('simulator.study')}</p>
              </Card>
              <Card title={t('simulator.assumptions')} padded={false}>
                <AssumptionsTable assumptions={p.assumptions} />
              </Card>
            </>
          ) : null}
        </div>
      </div>
    </div>
  );
}
