import { useMemo, useState, type DragEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { TicketStatus } from '../../../gql/graphql';
import { Button, EmptyState, ErrorMessage, PageHeader, Spinner, Stat, useToast } from '../../../ui';
import { MovesNeededCard } from '../components/MovesNeededCard';
import { OpenTicketDialog } from '../components/OpenTicketDialog';
import { ResolveTicketDialog } from '../components/ResolveTicketDialog';
import { SwapKitDialog } from '../components/SwapKitDialog';
import { TicketCard, type BoardTicket } from '../components/TicketCard';
import { MaintenanceBoardQuery, REFRESH_ACTIVE, StartMaintenanceTicketMutation } from '../graphql/maintenance';
import '../kits.css';

const COLUMNS: TicketStatus[] = ['OPEN', 'IN_PROGRESS', 'RESOLVED'];
const RESOLVED_SHOWN = 12;
const SEVERITY_RANK = { BLOCKING: 0, HIGH: 1, LOW: 2 } as const;

/** The maintenance board: open → in progress → resolved, with the bookings to move above it. */
export function MaintenancePage() {
  const { t } = useTranslation('kits');
  const toast = useToast();
  const { data, error, refetch } = useQuery(MaintenanceBoardQuery);
  const [start, starting] = useMutation(StartMaintenanceTicketMutation, REFRESH_ACTIVE);
  const [opening, setOpening] = useState(false);
  const [resolving, setResolving] = useState<BoardTicket | null>(null);
  const [swapping, setSwapping] = useState<{ id: string; code: string } | null>(null);
  const [startingId, setStartingId] = useState<string | null>(null);
  const [dropTarget, setDropTarget] = useState<TicketStatus | null>(null);

  const tickets = data?.maintenanceTickets ?? [];
  const columns = useMemo(() => {
    const by = (status: TicketStatus) => tickets.filter((x) => x.status === status);
    // Blocking first, then the oldest: what hurts most and has waited longest.
    const waiting = (list: BoardTicket[]) =>
      [...list].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.openedAt.localeCompare(b.openedAt));
    return {
      OPEN: waiting(by('OPEN')),
      IN_PROGRESS: waiting(by('IN_PROGRESS')),
      RESOLVED: by('RESOLVED').slice(0, RESOLVED_SHOWN),
    } as Record<TicketStatus, BoardTicket[]>;
  }, [tickets]);
  const blockingOpen = tickets.filter((x) => x.severity === 'BLOCKING' && x.status !== 'RESOLVED');
  const desksDown = new Set(blockingOpen.filter((x) => x.kit.desk && !x.kit.desk.bookable).map((x) => x.kit.desk!.id)).size;

  const startTicket = async (ticket: BoardTicket) => {
    setStartingId(ticket.id);
    try {
      await start({ variables: { id: ticket.id } });
      toast.success(t('board.started'));
    } catch {
      void refetch();
    } finally {
      setStartingId(null);
    }
  };

  const onDrop = (status: TicketStatus) => (e: DragEvent) => {
    e.preventDefault();
    setDropTarget(null);
    const ticket = tickets.find((x) => x.id === e.dataTransfer.getData('text/x-ticket'));
    if (!ticket || ticket.status === status) return;
    if (status === 'IN_PROGRESS' && ticket.status === 'OPEN') void startTicket(ticket);
    if (status === 'RESOLVED') setResolving(ticket);
  };
  const canDrop = (status: TicketStatus) => status !== 'OPEN';

  return (
    <div className="maintenance-page">
      <PageHeader
        title={t('board.title')}
        subtitle={t('board.subtitle')}
        actions={<Button variant="primary" icon="plus" onClick={() => setOpening(true)}>{t('board.open')}</Button>}
      />
      {error && !data ? (
        <ErrorMessage error={error} onRetry={() => void refetch()} />
      ) : !data ? (
        <Spinner />
      ) : (
        <>
          <div className="stats">
            <Stat label={t('ticketStatus.OPEN')} value={columns.OPEN.length} tone={columns.OPEN.length ? 'info' : undefined} />
            <Stat label={t('ticketStatus.IN_PROGRESS')} value={columns.IN_PROGRESS.length} />
            <Stat label={t('severity.BLOCKING')} value={blockingOpen.length} tone={blockingOpen.length ? 'danger' : undefined} hint={t('board.desksDown', { count: desksDown })} />
            <Stat label={t('ticketStatus.RESOLVED')} value={tickets.filter((x) => x.status === 'RESOLVED').length} tone="success" />
          </div>
          <MovesNeededCard />
          {starting.error && <ErrorMessage error={starting.error} messages={{ INVALID_STATE: t('board.errors.INVALID_STATE') }} compact />}
          <p className="board-hint muted">{t('board.dropHint')}</p>
          <div className="board">
            {COLUMNS.map((status) => (
              <section
                key={status}
                className={['board__column', `board__column--${status.toLowerCase()}`, dropTarget === status && 'board__column--drop'].filter(Boolean).join(' ')}
                aria-label={t(`ticketStatus.${status}`)}
                onDragOver={(e) => {
                  if (!canDrop(status)) return;
                  e.preventDefault();
                  setDropTarget(status);
                }}
                onDragLeave={(e) => {
                  // Leaving for one of the column's own cards is not leaving the column.
                  if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDropTarget(null);
                }}
                onDrop={onDrop(status)}
              >
                <header className="board__head">
                  <h2 className="board__title">{t(`ticketStatus.${status}`)}</h2>
                  <span className="board__count">{columns[status].length}</span>
                  {status === 'RESOLVED' && <span className="muted board__note">{t('board.resolvedRecent', { count: RESOLVED_SHOWN })}</span>}
                </header>
                <div className="board__list">
                  {columns[status].length === 0 ? (
                    <EmptyState title={t(`board.empty.${status}`)} />
                  ) : (
                    columns[status].map((ticket) => (
                      <TicketCard
                        key={ticket.id}
                        ticket={ticket}
                        busy={startingId === ticket.id}
                        onStart={() => void startTicket(ticket)}
                        onResolve={() => setResolving(ticket)}
                        onSwap={() => ticket.kit.desk && setSwapping(ticket.kit.desk)}
                      />
                    ))
                  )}
                </div>
              </section>
            ))}
          </div>
        </>
      )}
      {opening && <OpenTicketDialog onClose={() => setOpening(false)} />}
      {resolving && <ResolveTicketDialog ticket={resolving} onClose={() => setResolving(null)} />}
      {swapping && <SwapKitDialog desk={swapping} onClose={() => setSwapping(null)} />}
    </div>
  );
}
