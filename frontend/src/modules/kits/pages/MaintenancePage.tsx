import { useMemo, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TicketStatus } from '../../../gql/graphql';
import { Button, EmptyState, ErrorMessage, PageHeader, Spinner, Stat, useToast } from '../../../ui';
import { BOARD_COLUMNS, blockingSummary, boardColumns, dropAction, RESOLVED_SHOWN } from '../board';
import { MovesNeededCard } from '../components/MovesNeededCard';
import { OpenTicketDialog } from '../components/OpenTicketDialog';
import { ResolveTicketDialog } from '../components/ResolveTicketDialog';
import { SwapKitDialog } from '../components/SwapKitDialog';
import { TicketCard, type BoardTicket } from '../components/TicketCard';
import { useMaintenanceBoard, useStartTicket } from '../hooks/maintenance';
import '../kits.css';

interface CardActions {
  startingId: string | null;
  onStart: (ticket: BoardTicket) => void;
  onResolve: (ticket: BoardTicket) => void;
  onSwap: (desk: { id: string; code: string }) => void;
}

/** The maintenance board: open → in progress → resolved, with the bookings to move above it. */
export function MaintenancePage() {
  const { t } = useTranslation('kits');
  const toast = useToast();
  const { data, error, refetch } = useMaintenanceBoard();
  const starting = useStartTicket();
  const [opening, setOpening] = useState(false);
  const [resolving, setResolving] = useState<BoardTicket | null>(null);
  const [swapping, setSwapping] = useState<{ id: string; code: string } | null>(null);
  const [startingId, setStartingId] = useState<string | null>(null);

  const tickets = data?.maintenanceTickets ?? [];
  const columns = useMemo(() => boardColumns(tickets), [tickets]);
  const startTicket = async (ticket: BoardTicket) => {
    setStartingId(ticket.id);
    const started = await starting.start(ticket.id);
    setStartingId(null);
    if (started) toast.success(t('board.started'));
    else void refetch();
  };
  const onDrop = (ticketId: string, status: TicketStatus) => {
    const ticket = tickets.find((x) => x.id === ticketId);
    const action = ticket ? dropAction(ticket.status, status) : null;
    if (action === 'start') void startTicket(ticket!);
    if (action === 'resolve') setResolving(ticket!);
  };
  const actions: CardActions = { startingId, onStart: (x) => void startTicket(x), onResolve: setResolving, onSwap: setSwapping };

  return (
    <div className="maintenance-page">
      <PageHeader title={t('board.title')} subtitle={t('board.subtitle')} actions={<Button variant="primary" icon="plus" onClick={() => setOpening(true)}>{t('board.open')}</Button>} />
      {error && !data ? (
        <ErrorMessage error={error} onRetry={() => void refetch()} />
      ) : !data ? (
        <Spinner />
      ) : (
        <>
          <BoardStats tickets={tickets} columns={columns} />
          <MovesNeededCard />
          {starting.error && <ErrorMessage error={starting.error} messages={starting.messages} compact />}
          <p className="board-hint muted">{t('board.dropHint')}</p>
          <div className="board">
            {BOARD_COLUMNS.map((status) => <BoardColumn key={status} status={status} tickets={columns[status]} actions={actions} onDrop={onDrop} />)}
          </div>
        </>
      )}
      {opening && <OpenTicketDialog onClose={() => setOpening(false)} />}
      {resolving && <ResolveTicketDialog ticket={resolving} onClose={() => setResolving(null)} />}
      {swapping && <SwapKitDialog desk={swapping} onClose={() => setSwapping(null)} />}
    </div>
  );
}

function BoardStats({ tickets, columns }: { tickets: readonly BoardTicket[]; columns: Record<TicketStatus, BoardTicket[]> }) {
  const { t } = useTranslation('kits');
  const { blocking, desksDown } = blockingSummary(tickets);
  return (
    <div className="stats">
      <Stat label={t('ticketStatus.OPEN')} value={columns.OPEN.length} tone={columns.OPEN.length ? 'info' : undefined} />
      <Stat label={t('ticketStatus.IN_PROGRESS')} value={columns.IN_PROGRESS.length} />
      <Stat label={t('severity.BLOCKING')} value={blocking} tone={blocking ? 'danger' : undefined} hint={t('board.desksDown', { count: desksDown })} />
      <Stat label={t('ticketStatus.RESOLVED')} value={tickets.filter((x) => x.status === 'RESOLVED').length} tone="success" />
    </div>
  );
}

/** One column of the board; cards dropped on it start or resolve their ticket. */
function BoardColumn({ status, tickets, actions, onDrop }: { status: TicketStatus; tickets: BoardTicket[]; actions: CardActions; onDrop: (ticketId: string, status: TicketStatus) => void }) {
  const { t } = useTranslation('kits');
  const [dropTarget, setDropTarget] = useState(false);
  const droppable = status !== 'OPEN';
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setDropTarget(false);
    onDrop(e.dataTransfer.getData('text/x-ticket'), status);
  };
  return (
    <section
      className={['board__column', `board__column--${status.toLowerCase()}`, dropTarget && 'board__column--drop'].filter(Boolean).join(' ')}
      aria-label={t(`ticketStatus.${status}`)}
      onDragOver={(e) => {
        if (!droppable) return;
        e.preventDefault();
        setDropTarget(true);
      }}
      // Leaving for one of the column's own cards is not leaving the column.
      onDragLeave={(e) => !e.currentTarget.contains(e.relatedTarget as Node | null) && setDropTarget(false)}
      onDrop={drop}
    >
      <header className="board__head">
        <h2 className="board__title">{t(`ticketStatus.${status}`)}</h2>
        <span className="board__count">{tickets.length}</span>
        {status === 'RESOLVED' && <span className="muted board__note">{t('board.resolvedRecent', { count: RESOLVED_SHOWN })}</span>}
      </header>
      <div className="board__list">
        {tickets.length === 0 ? (
          <EmptyState title={t(`board.empty.${status}`)} />
        ) : (
          tickets.map((ticket) => (
            <TicketCard
              key={ticket.id}
              ticket={ticket}
              busy={actions.startingId === ticket.id}
              onStart={() => actions.onStart(ticket)}
              onResolve={() => actions.onResolve(ticket)}
              onSwap={() => ticket.kit.desk && actions.onSwap(ticket.kit.desk)}
            />
          ))
        )}
      </div>
    </section>
  );
}
