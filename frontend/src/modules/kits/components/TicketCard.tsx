import type { DragEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { MaintenanceBoardQuery } from '../../../gql/graphql';
import { Badge, Button, Icon, formatDateTime } from '../../../ui';
import { SEVERITY_TONE } from './tones';

export type BoardTicket = MaintenanceBoardQuery['maintenanceTickets'][number];

/** One ticket on the board: what, which kit and desk, who and when, and the next step. */
export function TicketCard({ ticket, busy, onStart, onResolve, onSwap }: {
  ticket: BoardTicket;
  busy?: boolean;
  onStart: () => void;
  onResolve: () => void;
  onSwap: () => void;
}) {
  const { t } = useTranslation('kits');
  const { kit } = ticket;
  const deskDown = ticket.severity === 'BLOCKING' && ticket.status !== 'RESOLVED' && kit.desk && !kit.desk.bookable;
  const onDragStart = (e: DragEvent) => {
    e.dataTransfer.setData('text/x-ticket', ticket.id);
    e.dataTransfer.effectAllowed = 'move';
  };
  return (
    <article
      className={['ticket', `ticket--${ticket.severity.toLowerCase()}`, ticket.status === 'RESOLVED' && 'ticket--resolved'].filter(Boolean).join(' ')}
      draggable={ticket.status !== 'RESOLVED'}
      onDragStart={onDragStart}
      aria-label={ticket.title}
      data-ticket={ticket.id}
    >
      <header className="ticket__head">
        <Badge tone={SEVERITY_TONE[ticket.severity]}>{t(`severity.${ticket.severity}`)}</Badge>
        <Link className="ticket__kit mono" to={`/kits/${kit.id}`}>{kit.assetTag}</Link>
        <span className="ticket__where">{kit.desk ? t('common.desk', { code: kit.desk.code }) : t('board.spareKit')}</span>
      </header>
      <h3 className="ticket__title">{ticket.title}</h3>
      {ticket.description && ticket.status !== 'RESOLVED' && <p className="ticket__description">{ticket.description}</p>}
      {deskDown && (
        <p className="ticket__down">
          <Icon name="alert" size={14} /> {t('board.deskDown', { code: kit.desk!.code })}
        </p>
      )}
      {ticket.status === 'RESOLVED' && ticket.resolution && <p className="ticket__resolution"><Icon name="check" size={14} /> {ticket.resolution}</p>}
      <footer className="ticket__meta">
        <span>
          {ticket.status === 'RESOLVED' && ticket.resolvedAt
            ? t('board.resolvedAt', { date: formatDateTime(ticket.resolvedAt) })
            : ticket.status === 'IN_PROGRESS' && ticket.startedAt
              ? t('board.startedAt', { date: formatDateTime(ticket.startedAt) })
              : t('board.openedAt', { date: formatDateTime(ticket.openedAt) })}
        </span>
        {(() => {
          const who = ticket.status === 'RESOLVED' ? ticket.resolvedBy : ticket.status === 'IN_PROGRESS' ? ticket.startedBy : ticket.openedBy;
          return who ? <span> · {t('common.by', { name: who.fullName })}</span> : null;
        })()}
      </footer>
      {ticket.status !== 'RESOLVED' && (
        <div className="ticket__actions">
          {ticket.status === 'OPEN' && (
            <Button size="sm" variant="secondary" onClick={onStart} loading={busy}>{t('board.start')}</Button>
          )}
          <Button size="sm" variant={ticket.status === 'IN_PROGRESS' ? 'primary' : 'ghost'} icon="check" onClick={onResolve}>{t('board.resolve')}</Button>
          {deskDown && <Button size="sm" variant="ghost" icon="recycle" onClick={onSwap}>{t('board.swap')}</Button>}
        </div>
      )}
    </article>
  );
}
