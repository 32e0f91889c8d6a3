import { useTranslation } from 'react-i18next';
import { Badge, Card, EmptyState, StatusPill, Table, formatDateTime } from '../../../ui';
import type { Kit } from './KitComponentsCard';
import { SEVERITY_TONE, TICKET_TONE } from './tones';

/** Every ticket of the kit: severity, what, where it stands, who did what when. */
export function KitTicketsCard({ tickets }: { tickets: Kit['tickets'] }) {
  const { t } = useTranslation('kits');
  return (
    <Card title={<>{t('kit.tickets')} <span className="count-chip">{tickets.length}</span></>} padded={false}>
      <Table
        caption={t('kit.tickets')}
        rows={tickets}
        rowKey={(x) => x.id}
        empty={<EmptyState icon="wrench" title={t('kit.noTickets')} />}
        columns={[
          { key: 'severity', header: t('ticketForm.severity'), nowrap: true, render: (x) => <Badge tone={SEVERITY_TONE[x.severity]}>{t(`severity.${x.severity}`)}</Badge> },
          {
            key: 'title',
            header: t('ticketForm.titleLabel'),
            render: (x) => (
              <div>
                <strong>{x.title}</strong>
                {x.resolution && <div className="muted">{x.resolution}</div>}
              </div>
            ),
          },
          { key: 'status', header: t('common.status'), nowrap: true, render: (x) => <StatusPill tone={TICKET_TONE[x.status]}>{t(`ticketState.${x.status}`)}</StatusPill> },
          {
            key: 'when',
            header: t('kit.followUp'),
            nowrap: true,
            render: (x) => (
              <div className="ticket-when">
                <div>{t('board.openedAt', { date: formatDateTime(x.openedAt) })}{x.openedBy && <span className="muted"> · {x.openedBy.fullName}</span>}</div>
                {x.startedAt && <div className="muted">{t('board.startedAt', { date: formatDateTime(x.startedAt) })}</div>}
                {x.resolvedAt && <div className="muted">{t('board.resolvedAt', { date: formatDateTime(x.resolvedAt) })}</div>}
              </div>
            ),
          },
        ]}
      />
    </Card>
  );
}
