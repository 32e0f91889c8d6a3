import { useTranslation } from 'react-i18next';
import { Button, Card, EmptyState, ErrorMessage, formatDateTime, PageHeader, Spinner, StatusPill, Table, type Column, type Tone } from '../../../ui';
import type { JobsQuery as Result } from '../../../gql/graphql';
import { useJobs, useRunJob } from '../hooks/jobs';
import '../jobs.css';

type Job = Result['jobs'][number];
const TONE: Record<string, Tone> = { RUNNING: 'info', COMPLETED: 'success', FAILED: 'danger' };

/** The operator's view of the scheduled jobs: last run, next run, failures, and "Lancer". */
export function JobsPage() {
  const { t, i18n } = useTranslation('jobs');
  const { data, loading, error, refetch } = useJobs();
  const { launch, running } = useRunJob();
  const jobs = data?.jobs ?? [];
  const nameOf = (job: Job) => t(`names.${job.name}`, { defaultValue: job.name });
  const columns: Array<Column<Job>> = [
    { key: 'job', header: t('columns.job'), render: (j) => <><strong>{nameOf(j)}</strong><br /><code className="muted">{j.name}</code></> },
    { key: 'schedule', header: t('columns.schedule'), render: (j) => <span title={`${j.schedule} (${j.timezone})`}>{t(`schedules.${j.name}`, { defaultValue: j.schedule })}</span> },
    { key: 'last', header: t('columns.lastRun'), render: (j) => <LastRun job={j} lang={i18n.language} /> },
    { key: 'next', header: t('columns.nextRun'), render: (j) => (j.nextRunAt ? formatDateTime(j.nextRunAt, i18n.language) : <span className="muted">—</span>), nowrap: true },
    { key: 'failures', header: t('columns.failures'), render: (j) => (j.failures ? <StatusPill tone="danger">{j.failures}</StatusPill> : '0'), align: 'right' },
    {
      key: 'actions',
      header: <span className="sr-only">{t('columns.actions')}</span>,
      render: (j) => (
        <Button size="sm" icon="chevronRight" loading={running} aria-label={t('run.label', { job: nameOf(j) })} onClick={() => void launch(j.name)}>
          {t('run.button')}
        </Button>
      ),
      align: 'right',
    },
  ];
  return (
    <div className="jobs-page">
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      {jobs.length > 0 && jobs.every((j) => !j.nextRunAt) && <p className="muted">{t('notScheduled')}</p>}
      <Card padded={false}>
        {error && !data ? <ErrorMessage error={error} onRetry={() => void refetch()} /> : loading && !data ? <Spinner /> : (
          <Table columns={columns} rows={jobs} rowKey={(j) => j.name} caption={t('title')} empty={<EmptyState icon="clock" title={t('empty')} />} />
        )}
      </Card>
    </div>
  );
}

function LastRun({ job, lang }: { job: Job; lang: string }) {
  const { t } = useTranslation('jobs');
  const run = job.lastRun;
  return (
    <>
      {run ? <StatusPill tone={TONE[run.state]}>{t(`state.${run.state}`)}</StatusPill> : <span className="muted">{t('state.never')}</span>}
      {job.waiting && <> <StatusPill tone="warning">{t('state.waiting')}</StatusPill></>}
      {run && <div className="muted">{formatDateTime(run.startedAt, lang)}</div>}
      {run?.error ? <div className="jobs__error">{run.error}</div> : run?.outcome ? <div className="muted">{run.outcome}</div> : null}
    </>
  );
}
