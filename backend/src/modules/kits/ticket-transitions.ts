import { TicketStatus } from './maintenance-ticket.entity.js';

export type TicketAction = 'start' | 'resolve';

/**
 * The ticket's life: OPEN → IN_PROGRESS → RESOLVED. A quick fix may be resolved straight
 * from OPEN; nothing leaves RESOLVED, and a ticket is started once.
 * Returns the next status, or null when the action is not allowed from `current`.
 */
export function nextTicketStatus(current: TicketStatus, action: TicketAction): TicketStatus | null {
  if (action === 'start') return current === TicketStatus.OPEN ? TicketStatus.IN_PROGRESS : null;
  return current === TicketStatus.RESOLVED ? null : TicketStatus.RESOLVED;
}
