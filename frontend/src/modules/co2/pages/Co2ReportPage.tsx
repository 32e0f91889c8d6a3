import { useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../app/auth';
import { Alert, Button, Card, ErrorMessage, PageHeader, Spinner, formatDateTime, formatMonth, formatNumber, formatShortDate, todayInParis } from '../../../ui';
import { columnFormatter } from '../co2-format';
import { AssumptionsTable, ConservativeCard, LimitsCard } from '../components/Explain';
import { Headline } from '../components/Headline';
import { MonthlyChart } from '../components/MonthlyChart';
import { PeriodBar } from '../components/PeriodBar';
import { StudiosTable } from '../components/StudiosTable';
import { downloadText, reportCsv } from '../csv';
import { Co2ReportDetailQuery, Co2SettingsQuery, Co2StudiosQuery } from '../graphql/co2';
import { presetOf, presetPeriod, type Period, type Preset } from '../period';
import '../co2.css';

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

/** Prints the report alone (the print stylesheet hides the shell while this class is on). */
function printReport() {
  document.body.classList.add('co2-printing');
  const done = () => document.body.classList.remove('co2-printing');
  window.addEventListener('afterprint', done, { once: true });
  window.print();
}

/** The CO2 saved report: a period, the headline, month by month, per studio, assumptions and limits. */
export function Co2ReportPage() {
  const { t, i18n } = useTranslation('co2');
  const { user, isOperator } = useAuth();
  const [params, setParams] = useSearchParams();
  const [cumulative, setCumulative] = useState(false);
  const today = todayInParis();
  const settings = useQuery(Co2SettingsQuery);
  const openedOn = settings.data?.co2Settings.openedOn;

  const fallback = presetPeriod('year', today, openedOn);
  const period: Period = {
    from: DATE_RE.test(params.get('from') ?? '') ? params.get('from')! : fallback.from,
    to: DATE_RE.test(params.get('to') ?? '') ? params.get('to')! : fallback.to,
  };
  const studioId = isOperator ? params.get('studio') : null;
  const valid = period.from <= period.to;
  const preset: Preset = presetOf(period, today, openedOn);

  const report = useQuery(Co2ReportDetailQuery, { variables: { from: period.from, to: period.to, studioId }, skip: !valid });
  const studios = useQuery(Co2StudiosQuery, { variables: { from: period.from, to: period.to }, skip: !valid || !isOperator });
  const data = report.data?.co2Report;

  const update = (next: Partial<Period> & { studio?: string | null }) => {
    const p = new URLSearchParams(params);
    if (next.from) p.set('from', next.from);
    if (next.to) p.set('to', next.to);
    if (next.studio !== undefined) {
      if (next.studio) p.set('studio', next.studio);
      else p.delete('studio');
    }
    setParams(p, { replace: true });
  };

  const studioOptions = useMemo(() => {
    const list = (studios.data?.co2Report.perStudio ?? []).map((l) => l.studio);
    if (data?.studio && !list.some((s) => s.id === data.studio!.id)) list.push(data.studio);
    return [...list].sort((a, b) => a.name.localeCompare(b.name));
  }, [studios.data, data?.studio]);

  const studioName = data?.studio?.name ?? (isOperator ? null : user?.studio?.name);
  const points = (data?.months ?? []).map((m) =>
    cumulative
      ? { month: m.month, grossKg: m.cumulativeGrossAvoidedKg, flexKg: m.cumulativeFlexFootprintKg, netKg: m.cumulativeNetAvoidedKg }
      : { month: m.month, grossKg: m.grossAvoidedKg, flexKg: m.flexFootprintKg, netKg: m.netAvoidedKg },
  );
  const monthKg = columnFormatter(points.flatMap((p) => [p.grossKg, p.flexKg, p.netKg]));
  const referenceKitKg = data?.assumptions.find((a) => a.key === 'referenceKitKg')?.value ?? settings.data?.co2Settings.referenceKitKg ?? 700;

  const exportCsv = () => {
    if (!data) return;
    const slug = data.studio ? `-${data.studio.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}` : '';
    downloadText(`co2-${data.from}-${data.to}${slug}.csv`, reportCsv(data, t, i18n.language));
  };

  return (
    <div className="co2-page">
      <PageHeader
        title={studioName ? `${t('report.title')} — ${studioName}` : t('report.title')}
        subtitle={studioName ? t('report.subtitleStudio', { studio: studioName }) : t('report.subtitle')}
        actions={
          <div className="co2-actions no-print">
            <Link to="/co2/simulator" className="btn btn--ghost btn--md">{t('common.simulator')}</Link>
            {isOperator && <Link to="/co2/settings" className="btn btn--ghost btn--md">{t('common.settings')}</Link>}
            <Button icon="download" onClick={exportCsv} disabled={!data}>{t('report.csv')}</Button>
            <Button icon="file" onClick={printReport} disabled={!data}>{t('report.pdf')}</Button>
          </div>
        }
      />
      <PeriodBar
        period={period}
        preset={preset}
        onPreset={(p) => update(presetPeriod(p, today, openedOn))}
        onDates={(p) => update(p)}
        studios={isOperator ? studioOptions : undefined}
        studioId={studioId}
        onStudio={isOperator ? (id) => update({ studio: id }) : undefined}
      />
      {!valid ? (
        <Alert tone="warning">{t('period.invalid')}</Alert>
      ) : report.error && !data ? (
        <ErrorMessage error={report.error} onRetry={() => void report.refetch()} />
      ) : !data ? (
        <Spinner />
      ) : (
        <div className="co2-report" aria-busy={report.loading || undefined}>
          <p className="co2-report__period">
            {t('period.summary', { from: formatShortDate(data.from), to: formatShortDate(data.to), days: formatNumber(data.periodDays, 0), open: formatNumber(data.openDays, 0) })}
            <span className="co2-print-only"> · {t('report.printedOn', { date: formatDateTime(data.generatedAt) })}</span>
          </p>
          <Headline report={data} referenceKitKg={referenceKitKg} />
          <Card
            title={t('report.chart.title')}
            className="co2-chart-card"
            actions={
              <div className="co2-presets co2-presets--small no-print" role="group" aria-label={t('report.chart.title')}>
                <button type="button" className="co2-preset" aria-pressed={!cumulative} onClick={() => setCumulative(false)}>{t('report.chart.monthly')}</button>
                <button type="button" className="co2-preset" aria-pressed={cumulative} onClick={() => setCumulative(true)}>{t('report.chart.cumulative')}</button>
              </div>
            }
          >
            {points.length ? <MonthlyChart points={points} /> : <p className="muted">{t('report.chart.empty')}</p>}
            <p className="muted co2-small">{cumulative ? t('report.chart.cumulativeNote') : t('report.chart.monthlyNote')}</p>
            <details className="co2-details no-print">
              <summary>{t('report.chart.showData')}</summary>
              <div className="table-wrap">
                <table className="table table--dense">
                  <thead>
                    <tr>
                      <th scope="col">{t('report.chart.month')}</th>
                      <th scope="col" style={{ textAlign: 'right' }}>{t('report.chart.machines')}</th>
                      <th scope="col" style={{ textAlign: 'right' }}>{t('report.chart.gross')}</th>
                      <th scope="col" style={{ textAlign: 'right' }}>{t('report.chart.flex')}</th>
                      <th scope="col" style={{ textAlign: 'right' }}>{t('report.chart.net')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.months.map((m, i) => (
                      <tr key={m.month}>
                        <td className="co2-month-name">{formatMonth(m.month)}</td>
                        <td className="num" style={{ textAlign: 'right' }}>{cumulative ? m.cumulativeMachinesAvoided : m.machinesAvoided}</td>
                        <td className="num" style={{ textAlign: 'right' }}>{monthKg(points[i].grossKg)}</td>
                        <td className="num" style={{ textAlign: 'right' }}>{monthKg(points[i].flexKg)}</td>
                        <td className="num" style={{ textAlign: 'right' }}>{monthKg(points[i].netKg)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </details>
          </Card>
          <Card title={t('report.studios.title')} padded={false} className="co2-studios">
            <StudiosTable lines={data.perStudio} onOpen={isOperator && !studioId ? (id) => update({ studio: id }) : undefined} />
          </Card>
          <div className="co2-columns">
            <ConservativeCard conservative={data.conservative} />
            <LimitsCard limits={data.limits} />
          </div>
          <Card title={t('report.assumptions.title')} padded={false} className="co2-assumptions-card">
            <AssumptionsTable assumptions={data.assumptions} />
          </Card>
        </div>
      )}
    </div>
  );
}
