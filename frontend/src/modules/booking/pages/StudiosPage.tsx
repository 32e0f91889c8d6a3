import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { StudioListQuery as ListResult } from '../../../gql/graphql';
import { Badge, Button, Card, EmptyState, ErrorMessage, PageHeader, Spinner, Stat, Table, formatMoney, type Column } from '../../../ui';
import { StudioFormDialog } from '../components/StudioFormDialog';
import { formatSiret } from '../components/StudioFacts';
import { useStudioList } from '../hooks/studios';
import '../bookings.css';
import { CalendarFeedCard } from '../../calendar-feed/components/CalendarFeedCard';

type Row = ListResult['studios'][number];

/** The operator's client studios: identity, current contract, new ones; create a studio. */
export function StudiosPage() {
  const { t } = useTranslation('booking');
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const { data, loading, error, refetch } = useStudioList();
  const studios = data?.studios ?? [];
  const stats = useMemo(
    () => ({
      withContract: studios.filter((s) => s.activeContract).length,
      isNew: studios.filter((s) => s.isNew).length,
      desks: studios.reduce((sum, s) => sum + (s.activeContract?.maxDesks ?? 0), 0),
    }),
    [studios],
  );

  const columns = useStudioColumns();

  return (
    <div className="bk-page">
      <PageHeader
        title={t('studios.title')}
        subtitle={t('studios.subtitle')}
        actions={<Button variant="primary" icon="plus" onClick={() => setCreating(true)}>{t('studios.add')}</Button>}
      />
      {data && (
        <div className="stats">
          <Stat label={t('studios.stats.studios')} value={studios.length} />
          <Stat label={t('studios.stats.withContract')} value={stats.withContract} tone={stats.withContract ? 'success' : undefined} />
          <Stat label={t('studios.stats.newStudios')} value={stats.isNew} tone={stats.isNew ? 'info' : undefined} />
          <Stat label={t('studios.stats.desks')} value={stats.desks} hint={t('studios.stats.desksHint')} />
        </div>
      )}
      <Card padded={false}>
        {error && !data ? (
          <div className="bk-card-message"><ErrorMessage error={error} onRetry={() => void refetch()} /></div>
        ) : loading && !data ? (
          <Spinner />
        ) : (
          <Table
            columns={columns}
            rows={studios}
            rowKey={(s) => s.id}
            onRowClick={(s) => navigate(`/studios/${s.id}`)}
            caption={t('studios.title')}
            empty={
              <EmptyState icon="building" title={t('studios.empty')} action={<Button variant="primary" icon="plus" onClick={() => setCreating(true)}>{t('studios.add')}</Button>}>
                {t('studios.emptyHint')}
              </EmptyState>
            }
          />
        )}
      </Card>
      <CalendarFeedCard scope="SITE" />
      {creating && <StudioFormDialog onClose={() => setCreating(false)} />}
    </div>
  );
}

/** The studios table's columns: name (new ones flagged), legal name, SIRET, current contract, contact. */
function useStudioColumns(): Array<Column<Row>> {
  const { t } = useTranslation('booking');
  return [
    {
      key: 'name',
      header: t('studios.columns.name'),
      render: (s) => (
        <span className="bk-studio-name">
          <strong>{s.name}</strong>
          {s.isNew && <Badge tone="accent" title={t('studios.isNewTitle')}>{t('studios.isNew')}</Badge>}
        </span>
      ),
    },
    { key: 'legalName', header: t('studios.columns.legalName'), render: (s) => s.legalName },
    { key: 'siret', header: t('studios.columns.siret'), nowrap: true, render: (s) => <span className="mono">{formatSiret(s.siret)}</span> },
    {
      key: 'contract',
      header: t('studios.columns.contract'),
      render: (s) => {
        const drafts = s.contracts.filter((c) => c.status === 'DRAFT').length;
        return (
          <span className="bk-contract-cell">
            {s.activeContract ? (
              <>
                <span className="mono">{s.activeContract.number}</span>
                <span className="muted num">{t('studios.contractSummary', { rate: formatMoney(s.activeContract.dailyRateCents), desks: s.activeContract.maxDesks })}</span>
              </>
            ) : (
              <span className="muted">{t('studios.noContract')}</span>
            )}
            {drafts > 0 && <Badge tone="info">{t('studios.drafts', { count: drafts })}</Badge>}
          </span>
        );
      },
    },
    { key: 'contact', header: t('studios.columns.contact'), render: (s) => <span className="muted">{s.contactEmail}</span> },
  ];
}
