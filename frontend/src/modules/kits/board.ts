import type { TicketSeverity, TicketStatus } from '../../gql/graphql';

/** The board's columns, left to right. */
export const BOARD_COLUMNS: TicketStatus[] = ['OPEN', 'IN_PROGRESS', 'RESOLVED'];
/** Resolved tickets shown: the latest ones. */
export const RESOLVED_SHOWN = 12;
const SEVERITY_RANK: Record<TicketSeverity, number> = { BLOCKING: 0, HIGH: 1, LOW: 2 };

interface BoardTicketLike {
  id: string;
  status: TicketStatus;
  severity: TicketSeverity;
  openedAt: string;
  kit: { desk?: { id: string; bookable: boolean } | null };
}

/**
 * Tickets by column: waiting ones blocking first, then the oldest (what hurts most and has
 * waited longest); resolved ones as the API lists them, the latest few.
 */
export function boardColumns<T extends BoardTicketLike>(tickets: readonly T[]): Record<TicketStatus, T[]> {
  const by = (status: TicketStatus) => tickets.filter((x) => x.status === status);
  const waiting = (list: T[]) => [...list].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.openedAt.localeCompare(b.openedAt));
  return { OPEN: waiting(by('OPEN')), IN_PROGRESS: waiting(by('IN_PROGRESS')), RESOLVED: by('RESOLVED').slice(0, RESOLVED_SHOWN) };
}

/** Blocking tickets not resolved, and how many desks they put out of service. */
export function blockingSummary(tickets: readonly BoardTicketLike[]): { blocking: number; desksDown: number } {
  const open = tickets.filter((x) => x.severity === 'BLOCKING' && x.status !== 'RESOLVED');
  const down = new Set(open.flatMap((x) => (x.kit.desk && !x.kit.desk.bookable ? [x.kit.desk.id] : [])));
  return { blocking: open.length, desksDown: down.size };
}

/** A card dropped on a column: start it (open → in progress) or resolve it; nothing else moves back. */
export function dropAction(from: TicketStatus, to: TicketStatus): 'start' | 'resolve' | null {
  if (from === to) return null;
  if (to === 'IN_PROGRESS' && from === 'OPEN') return 'start';
  if (to === 'RESOLVED') return 'resolve';
  return null;
}
