import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Co2ReportDetailQuery } from '../../../gql/graphql';
import { useAuth } from '../../../app/auth';
import { Alert, Button, Card, ErrorMessage, PageHeader, Spinner, formatDateTime, formatNumber, formatShortDate, todayInParis } from '../../../ui';
import { AssumptionsTable, ConservativeCard, LimitsCard } from '../components/Explain';
import { Headline } from '../components/Headline';
import { MonthlyCard } from '../components/MonthlyCard';
import { PeriodBar } from '../components/PeriodBar';
import { StudiosTable } from '../components/StudiosTable';
import { saveText } from '../../../lib/download';
import { reportCsv, reportFileName } from '../csv';
import { useCo2Report, useCo2Settings, useCo2Studios } from '../hooks/co2';
import { periodFromParams, presetOf, presetPeriod, type Period } from '../period';
import '../co2.css';

type Report = Co2ReportDetailQuery['co2Report'];

/** Prints the report alone (the print stylesheet hides the shell while this class is on). */
function printReport() {
  document.body.classList.add('co2-printing');
  const done = () => document.body.classList.remove('co2-printing');
  window.addEventListener('afterprint', done, { once: true });
  window.print();
}

/** The period and (operator) the studio, kept in the address bar; this year by default. */
function useReportQuery() {
  const { isOperator } = useAuth();
  const [params, setParams] = useSearchParams();
  const today = todayInParis();
  const openedOn = useCo2Settings().data?.co2Settings.openedOn;
  const period = periodFromParams(params.get('from'), params.get('to'), presetPeriod('year', today, openedOn));
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
  const choosePreset = (preset: Parameters<typeof presetPeriod>[0]) => update(presetPeriod(preset, today, openedOn));
  return { period, preset: presetOf(period, today, openedOn), studioId: isOperator ? params.get('studio') : null, update, choosePreset };
}

/** The CO2 saved report: a period, the headline, month by month, per studio, assumptions and limits. */
export function Co2ReportPage() {
  const { t, i18n } = useTranslation('co2');
  const { user, isOperator } = useAuth();
  const { period, preset, studioId, update, choosePreset } = useReportQuery();
  const valid = period.from <= period.to;
  const report = useCo2Report(period, studioId, !valid);
  const studios = useCo2Studios(period, !valid || !isOperator);
  const data = report.data?.co2Report;

  const studioOptions = useMemo(() => {
    const list = [...(studios ?? [])];
    if (data?.studio && !list.some((s) => s.id === data.studio!.id)) list.push(data.studio);
    return list.sort((a, b) => a.name.localeCompare(b.name));
  }, [studios, data?.studio]);
  const studioName = data?.studio?.name ?? (isOperator ? null : user?.studio?.name);
  const exportCsv = () => data && saveText(reportFileName(data), reportCsv(data, t, i18n.language));

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
        onPreset={choosePreset}
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
        <ReportBody report={data} busy={report.loading} onStudio={isOperator && !studioId ? (id) => update({ studio: id }) : undefined} />
      )}
    </div>
  );
}

function ReportBody({ report, busy, onStudio }: { report: Report; busy: boolean; onStudio?: (studioId: string) => void }) {
  const { t } = useTranslation('co2');
  return (
    <div className="co2-report" aria-busy={busy || undefined}>
      <p className="co2-report__period">
        {t('period.summary', { from: formatShortDate(report.from), to: formatShortDate(report.to), days: formatNumber(report.periodDays, 0), open: formatNumber(report.openDays, 0) })}
        <span className="co2-print-only"> · {t('report.printedOn', { date: formatDateTime(report.generatedAt) })}</span>
      </p>
      <Headline report={report} />
      <MonthlyCard months={report.months} />
      <Card title={t('report.studios.title')} padded={false} className="co2-studios">
        <StudiosTable lines={report.perStudio} onOpen={onStudio} />
      </Card>
      <div className="co2-columns">
        <ConservativeCard conservative={report.conservative} />
        <LimitsCard limits={report.limits} />
      </div>
      <Card title={t('report.assumptions.title')} padded={false} className="co2-assumptions-card">
        <AssumptionsTable assumptions={report.assumptions} />
      </Card>
    </div>
  );
}
