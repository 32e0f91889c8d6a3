import { Actor, isOperator } from '../../common/auth/actor.js';
import { badInput } from '../../common/errors/domain-error.js';
import { LocalDate } from '../../common/time/dates.js';
import { DeskModel } from '../site/desk.model.js';
import { rangeProblem } from './booking-rules.js';
import type { DeskInfo } from './desk-holds.repository.js';

/** Shape checks every booking request passes before anything is read or written. */
export function assertDates(first: LocalDate, last: LocalDate): void {
  const problem = rangeProblem(first, last);
  if (problem) throw badInput('endDate', problem);
}

/** Exactly one of deskIds / deskCount; no desk twice. */
export function assertDeskChoice(deskIds: readonly string[] | null | undefined, deskCount: number | null | undefined): void {
  const hasIds = deskIds != null;
  const hasCount = deskCount != null;
  if (hasIds === hasCount) throw badInput('deskIds', 'Give either deskIds (these desks) or deskCount (that many desks), not both and not neither');
  if (hasIds && new Set(deskIds).size !== deskIds!.length) throw badInput('deskIds', 'A desk is listed twice: list each desk once');
}

/** Managers book from today on; the operator may also record past bookings. */
export function pastStartProblem(actor: Actor, first: LocalDate, today: LocalDate): string | null {
  if (isOperator(actor) || first >= today) return null;
  return `Bookings start today (${today}) at the earliest: move the start date`;
}

/** Desk ids that are no desk of the site. */
export function assertKnownDesks(deskIds: readonly string[], desks: readonly DeskInfo[]): void {
  const known = new Set(desks.map((d) => d.id));
  const unknown = deskIds.filter((id) => !known.has(id));
  if (unknown.length) throw badInput('deskIds', `Unknown desk${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}`, { unknownDeskIds: unknown });
}

export function deskModel(d: DeskInfo): DeskModel {
  return Object.assign(new DeskModel(), { id: d.id, code: d.code, zone: d.zone, x: d.x, y: d.y, siteId: d.siteId, bookable: d.bookable });
}
