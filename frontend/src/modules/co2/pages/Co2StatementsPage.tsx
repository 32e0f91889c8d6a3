import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Card, EmptyState, ErrorMessage, Field, Input, PageHeader, Spinner, TableWrap, formatDay, formatNumber, useToast } from '../../../ui';
import { useAuth } from '../../../app/auth';
import type { CarbonProductionsQuery } from '../../../gql/graphql';
import { useDownload } from '../../invoicing/download';
import { MeterReadingCard } from '../components/MeterReadingCard';
import { useCarbonProductions, useIssueStatement } from '../hooks/statements';
import { presetPeriod, type Period } from '../period';
import '../co2.css';

type Production = CarbonProductionsQuery['carbonProductions'][number];
type Statement = CarbonProductionsQuery['carbonStatements'][number];
const kg = (v: number, lang: string) => formatNumber(v, 2, lang);
const today = () => new Date().toISOString().slice(0, 10);

/** Managers: their productions and statements. The operator: every production, by site and for the network. */
export function Co2StatementsPage() {
  const { t } = useTranslation('co2');
  const [period, setPeriod] = useState<Period>(() => presetPeriod('month', today(), null));
  const query = useCarbonProductions(period);
  const { isOperator } = useAuth();
  const data = query.data;
  return (
    <div className="co2-page co2-statements">
      <PageHeader title={t('statements.title')} subtitle={t('statements.subtitle')} />
      <div className="co2-period__dates">
        <Field label={t('period.from')}>
          <Input type="date" value={period.from} max={period.to} onChange={(e) => e.target.value && setPeriod({ ...period, from: e.target.value })} />
        </Field>
        <Field label={t('period.to')}>
          <Input type="date" value={period.to} min={period.from} onChange={(e) => e.target.value && setPeriod({ ...period, to: e.target.value })} />
        </Field>
      </div>
      {query.error && !data ? (
        <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
      ) : !data ? (
        <Spinner />
      ) : (
        <>
          <ProductionsTable productions={data.carbonProductions} period={period} />
          {isOperator && <SitesCard productions={data.carbonProductions} />}
          <StatementsTable statements={data.carbonStatements} />
          {isOperator && <MeterReadingCard />}
        </>
      )}
    </div>
  );
}

function ProductionsTable({ productions, period }: { productions: Production[]; period: Period }) {
  const { t, i18n } = useTranslation('co2');
  const { user } = useAuth();
  const toast = useToast();
  const issuing = useIssueStatement();
  const lang = i18n.language;
  if (!productions.length) return <EmptyState title={t('statements.none')} />;
  const issue = async (p: Production) => {
    const s = await issuing.issue({ studioId: user?.role === 'OPERATOR' ? p.studioId : undefined, productionName: p.productionName, from: period.from, to: period.to });
    if (s) toast.success(t('statements.issued', { number: s.number }));
  };
  const total = (k: 'footprintKg' | 'avoidedKg' | 'manufacturingKg' | 'electricityKg') => productions.reduce((s, p) => s + p.figures[k], 0);
  return (
    <Card title={user?.role === 'OPERATOR' ? t('statements.network') : t('statements.production')}>
      {issuing.error && <ErrorMessage error={issuing.error} />}
      <TableWrap>
        <table className="table">
        <thead>
          <tr>
            <th>{t('statements.production')}</th><th>{t('statements.deskDays')}</th><th>{t('statements.checkInDays')}</th>
            <th>{t('statements.manufacturing')}</th><th>{t('statements.electricity')}</th><th>{t('statements.footprint')}</th><th>{t('statements.avoided')}</th><th />
          </tr>
        </thead>
        <tbody>
          {productions.map((p) => (
            <tr key={`${p.studioId}|${p.productionName}`} data-production={p.productionName}>
              <td>
                {p.productionName}
                {p.figures.sites.length > 1 && (
                  <ul className="co2-sites">{p.figures.sites.map((s) => <li key={s.siteId}>{s.siteName} : {s.deskDays} · {kg(s.manufacturingKg + s.electricityKg, lang)}</li>)}</ul>
                )}
              </td>
              <td>{p.figures.deskDays}</td>
              <td>{p.figures.checkInDays}</td>
              <td>{kg(p.figures.manufacturingKg, lang)}</td>
              <td>{kg(p.figures.electricityKg, lang)} ({formatNumber(p.figures.electricityKwh, 1, lang)} kWh)</td>
              <td>{kg(p.figures.footprintKg, lang)}<br /><small>{t('statements.range', { low: kg(p.figures.footprintLowKg, lang), high: kg(p.figures.footprintHighKg, lang) })}</small></td>
              <td>{kg(p.figures.avoidedKg, lang)}</td>
              <td><Button onClick={() => void issue(p)} loading={issuing.loading}>{t('statements.issue')}</Button></td>
            </tr>
          ))}
        </tbody>
        {productions.length > 1 && (
          <tfoot>
            <tr>
              <th>{t('statements.network')}</th><td /><td />
              <td>{kg(total('manufacturingKg'), lang)}</td><td>{kg(total('electricityKg'), lang)}</td><td>{kg(total('footprintKg'), lang)}</td><td>{kg(total('avoidedKg'), lang)}</td><td />
            </tr>
          </tfoot>
        )}
      </table>
        </TableWrap>
    </Card>
  );
}

/** The operator's view per site: every production's desk-days and footprint on each site, and the network. */
function SitesCard({ productions }: { productions: Production[] }) {
  const { t, i18n } = useTranslation('co2');
  const sites = new Map<string, { name: string; deskDays: number; manufacturingKg: number; electricityKg: number }>();
  for (const p of productions) {
    for (const s of p.figures.sites) {
      const line = sites.get(s.siteId) ?? { name: s.siteName, deskDays: 0, manufacturingKg: 0, electricityKg: 0 };
      sites.set(s.siteId, { ...line, deskDays: line.deskDays + s.deskDays, manufacturingKg: line.manufacturingKg + s.manufacturingKg, electricityKg: line.electricityKg + s.electricityKg });
    }
  }
  if (!sites.size) return null;
  return (
    <Card title={t('statements.sites')}>
      <TableWrap>
        <table className="table">
        <thead><tr><th>{t('statements.site')}</th><th>{t('statements.deskDays')}</th><th>{t('statements.manufacturing')}</th><th>{t('statements.electricity')}</th></tr></thead>
        <tbody>
          {[...sites].map(([id, s]) => (
            <tr key={id}><td>{s.name}</td><td>{s.deskDays}</td><td>{kg(s.manufacturingKg, i18n.language)}</td><td>{kg(s.electricityKg, i18n.language)}</td></tr>
          ))}
        </tbody>
      </table>
        </TableWrap>
    </Card>
  );
}

function StatementsTable({ statements }: { statements: Statement[] }) {
  const { t, i18n } = useTranslation('co2');
  const { download, busy } = useDownload();
  const lang = i18n.language;
  return (
    <Card title={t('statements.statements')}>
      {!statements.length ? (
        <p>{t('statements.noStatement')}</p>
      ) : (
        <TableWrap>
        <table className="table">
          <thead>
            <tr><th>{t('statements.number')}</th><th>{t('statements.production')}</th><th>{t('statements.period')}</th><th>{t('statements.issuedAt')}</th><th>{t('statements.footprint')}</th><th>{t('statements.avoided')}</th><th /></tr>
          </thead>
          <tbody>
            {statements.map((s) => (
              <tr key={s.id}>
                <td>{s.number}</td><td>{s.productionName}</td><td>{formatDay(s.from, lang)} – {formatDay(s.to, lang)}</td><td>{formatDay(s.issuedAt, lang)}</td>
                <td>{kg(s.figures.footprintKg, lang)}</td><td>{kg(s.figures.avoidedKg, lang)}</td>
                <td className="co2-actions">
                  {(['pdf-fr', 'pdf-en', 'csv'] as const).map((f) => {
                    const url = `/api/carbon-statements/${s.id}/${f}`;
                    const label = t(`statements.${f === 'pdf-fr' ? 'pdfFr' : f === 'pdf-en' ? 'pdfEn' : 'csv'}`);
                    return <Button key={f} variant="ghost" aria-label={`${label} ${s.number}`} loading={busy === url} onClick={() => void download(url, `${s.number}.${f === 'csv' ? 'csv' : 'pdf'}`)}>{label}</Button>;
                  })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        </TableWrap>
      )}
    </Card>
  );
}
