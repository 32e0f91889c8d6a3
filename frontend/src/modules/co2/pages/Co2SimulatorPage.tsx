import { useDeferredValue, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Co2ProjectionDetailQuery, Co2ProjectionInput } from '../../../gql/graphql';
import { Alert, Button, Card, ErrorMessage, Field, Icon, Input, PageHeader, Spinner, Stat, formatNumber } from '../../../ui';
import { assumptionValue, formatCo2 } from '../co2-format';
import { AssumptionsTable } from '../components/Explain';
import { NetHeadline } from '../components/Headline';
import { useCo2Projection, useCo2Settings, useCo2Study } from '../hooks/co2';
import { projectionInput, sameInputs, studyInputs, type SimulatorInputs, type Study } from '../simulator';
import '../co2.css';

type Projection = Co2ProjectionDetailQuery['co2Projection'];

/** The founding study's projection for any inputs, opening on the study itself (its 532 t). */
export function Co2SimulatorPage() {
  const { t } = useTranslation('co2');
  const { study, error, retry } = useCo2Study();
  return (
    <div className="co2-page co2-simulator">
      <PageHeader eyebrow={<Link to="/co2">← {t('common.backToReport')}</Link>} title={t('simulator.title')} subtitle={t('simulator.subtitle')} />
      {study ? <Simulator study={study} /> : error ? <ErrorMessage error={error} onRetry={retry} /> : <Spinner />}
    </div>
  );
}

function Simulator({ study }: { study: Study }) {
  const { t } = useTranslation('co2');
  const [inputs, setInputs] = useState<SimulatorInputs>(() => studyInputs(study));
  const input = projectionInput(useDeferredValue(inputs));
  const { projection, error } = useCo2Projection(input);
  const lifetimeSetting = useCo2Settings().data?.co2Settings.kitLifetimeYears;
  const set = (key: keyof SimulatorInputs) => (e: React.ChangeEvent<HTMLInputElement>) => setInputs((prev) => ({ ...prev, [key]: e.target.value }));
  const scenario = [study.desks, study.usersPerDeskPerYear, study.years, study.kitFootprintKg].map((v) => formatNumber(v, 2)).join(' · ');

  return (
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
          <Button variant="ghost" onClick={() => setInputs(studyInputs(study))} disabled={sameInputs(inputs, studyInputs(study))}>{t('simulator.reset', { scenario })}</Button>
        </form>
      </Card>
      <div className="co2-simulator__result">
        {!input ? (
          <Alert tone="warning">{t('simulator.incomplete')}</Alert>
        ) : error ? (
          <ErrorMessage error={error} />
        ) : projection ? (
          <ProjectionResult projection={projection} input={input} study={study} />
        ) : null}
      </div>
    </div>
  );
}

/** The net saving in big, the three figures it comes from, the calculation step by step, its assumptions. */
function ProjectionResult({ projection: p, input, study }: { projection: Projection; input: Co2ProjectionInput; study: Study }) {
  const { t } = useTranslation('co2');
  const n = (v: number, digits = 0) => formatNumber(v, digits);
  // The lifetime the projection used: the one typed, else the operator's setting.
  const lifetime = assumptionValue(p.assumptions, 'kitLifetimeYears') ?? input.kitLifetimeYears ?? study.kitLifetimeYears;
  return (
    <>
      <NetHeadline label={t('simulator.result')} netKg={p.netAvoidedKg} testId="co2-projection-net">
        {p.netAvoidedKg > 0 && <li><Icon name="globe" size={16} /> {t('report.headline.car', { km: n(Math.round(p.carKmEquivalent)) })}</li>}
      </NetHeadline>
      <div className="stats co2-stats">
        <Stat label={t('simulator.machines')} value={n(p.machinesAvoided)} />
        <Stat label={t('simulator.gross')} value={formatCo2(p.grossAvoidedKg)} />
        <Stat label={t('simulator.flex')} value={formatCo2(p.flexFootprintKg)} hint={t('simulator.flexHint', { count: p.kitGenerations, desks: n(input.desks) })} />
      </div>
      <Card title={t('simulator.formulaTitle')}>
        <ol className="co2-formula">
          <li>{t('simulator.formulaMachines', { desks: n(input.desks), users: n(input.usersPerDeskPerYear, 2), years: n(input.years, 2), machines: n(p.machinesAvoided) })}</li>
          <li>{t('simulator.formulaGross', { machines: n(p.machinesAvoided), kg: n(input.kitFootprintKg, 1), gross: formatCo2(p.grossAvoidedKg) })}</li>
          <li>{t('simulator.formulaFlex', { desks: n(input.desks), kg: n(input.kitFootprintKg, 1), generations: `⌈${n(input.years, 2)} / ${n(lifetime, 2)}⌉ = ${p.kitGenerations}`, flex: formatCo2(p.flexFootprintKg) })}</li>
          <li><strong>{t('simulator.formulaNet', { gross: formatCo2(p.grossAvoidedKg), flex: formatCo2(p.flexFootprintKg), net: formatCo2(p.netAvoidedKg) })}</strong></li>
        </ol>
        <p className="muted co2-small">{t('simulator.study', { net: formatCo2(study.netAvoidedKg), years: n(study.years, 2) })}</p>
      </Card>
      <Card title={t('simulator.assumptions')} padded={false}>
        <AssumptionsTable assumptions={p.assumptions} />
      </Card>
    </>
  );
}
