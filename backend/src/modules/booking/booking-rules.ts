import { addDays, daysBetween, eachDate, LocalDate, maxDate, minDate } from '../../common/time/dates.js';

/** Longest booking (and longest range a calendar query covers), in days. */
export const MAX_RANGE_DAYS = 366;
/** A site has 40 desks: no request may ask for more. */
export const MAX_DESKS_PER_BOOKING = 40;

/** A desk held from `first` to `last` (inclusive). */
export interface DeskRange {
  deskId: string;
  first: LocalDate;
  last: LocalDate;
}

/** One row of a booking: a desk over days, with its rank in the booking's desk list. */
export interface PlannedRow extends DeskRange {
  position: number;
}

/** Why a range of days is not acceptable, or null. */
export function rangeProblem(first: LocalDate, last: LocalDate, maxDays = MAX_RANGE_DAYS): string | null {
  if (last < first) return 'The end date comes before the start date: swap them';
  if (daysBetween(first, last) + 1 > maxDays) return `At most ${maxDays} days at a time: shorten the range`;
  return null;
}

const overlap = (a: Pick<DeskRange, 'first' | 'last'>, b: Pick<DeskRange, 'first' | 'last'>) => a.first <= b.last && b.first <= a.last;

/** The desk-days of `planned` that `holds` already take (same desk, shared days). */
export function deskConflicts<H extends DeskRange>(planned: readonly DeskRange[], holds: readonly H[]): Array<H & { from: LocalDate; to: LocalDate }> {
  const out: Array<H & { from: LocalDate; to: LocalDate }> = [];
  for (const row of planned) {
    for (const hold of holds) {
      if (hold.deskId === row.deskId && overlap(row, hold)) out.push({ ...hold, from: maxDate(row.first, hold.first), to: minDate(row.last, hold.last) });
    }
  }
  return out.sort((a, b) => a.from.localeCompare(b.from) || a.deskId.localeCompare(b.deskId));
}

/**
 * The first day on which the studio would hold more than `maxDesks` desks: what it already
 * holds (other live bookings) plus what is planned. Null when every day is within the limit.
 */
export function limitBreach(
  held: ReadonlyArray<Pick<DeskRange, 'first' | 'last'>>,
  planned: ReadonlyArray<Pick<DeskRange, 'first' | 'last'>>,
  maxDesks: number,
): { day: LocalDate; held: number; planned: number } | null {
  if (!planned.length) return null;
  const from = planned.reduce((m, r) => minDate(m, r.first), planned[0].first);
  const to = planned.reduce((m, r) => maxDate(m, r.last), planned[0].last);
  const relevant = held.filter((h) => h.first <= to && h.last >= from);
  for (const day of eachDate(from, to)) {
    const mine = planned.filter((r) => r.first <= day && day <= r.last).length;
    if (!mine) continue;
    const others = relevant.filter((h) => h.first <= day && day <= h.last).length;
    if (others + mine > maxDesks) return { day, held: others, planned: mine };
  }
  return null;
}

/** Joins rows of one desk that touch or overlap, so a desk kept across a change stays one row. */
function mergeRows(rows: PlannedRow[]): PlannedRow[] {
  const sorted = [...rows].sort((a, b) => a.deskId.localeCompare(b.deskId) || a.first.localeCompare(b.first));
  const out: PlannedRow[] = [];
  for (const row of sorted) {
    const last = out[out.length - 1];
    if (last && last.deskId === row.deskId && addDays(last.last, 1) >= row.first) {
      last.last = maxDate(last.last, row.last);
      last.position = Math.min(last.position, row.position);
    } else out.push({ ...row });
  }
  return out.sort((a, b) => a.position - b.position || a.first.localeCompare(b.first));
}

/**
 * The rows of a booking after a change of dates and/or desks.
 *  - Dates only: each row keeps its desk; rows that reached the old start or end follow the
 *    new one (a row a kit swap cut short stays cut), everything is clipped to the new range.
 *  - New desks: from `rewriteFrom` on (the new start, or today for a manager changing a booking
 *    under way: the days already past keep their desks) the booking holds exactly `deskIds`,
 *    in that order.
 */
export function planBookingRows(args: {
  current: readonly PlannedRow[];
  oldStart: LocalDate;
  oldEnd: LocalDate;
  newStart: LocalDate;
  newEnd: LocalDate;
  deskIds?: readonly string[] | null;
  rewriteFrom?: LocalDate;
}): PlannedRow[] {
  const { newStart, newEnd } = args;
  const keptUntil = args.deskIds ? addDays(maxDate(args.rewriteFrom ?? newStart, newStart), -1) : newEnd;
  const kept: PlannedRow[] = [];
  for (const row of args.current) {
    const first = maxDate(row.first === args.oldStart ? newStart : row.first, newStart);
    const last = minDate(row.last === args.oldEnd ? newEnd : row.last, keptUntil);
    if (first <= last) kept.push({ ...row, first, last });
  }
  if (!args.deskIds) return mergeRows(kept);
  const from = addDays(keptUntil, 1);
  const fresh = from <= newEnd ? args.deskIds.map((deskId, position) => ({ deskId, first: from, last: newEnd, position })) : [];
  return mergeRows([...kept, ...fresh]);
}

/** Desks of `planned` holding a day that `current` did not hold on that desk (those must be bookable). */
export function desksGainingDays(current: readonly DeskRange[], planned: readonly DeskRange[]): string[] {
  const gaining = new Set<string>();
  for (const row of planned) {
    const before = current.filter((c) => c.deskId === row.deskId);
    if (eachDate(row.first, row.last).some((day) => !before.some((c) => c.first <= day && day <= c.last))) gaining.add(row.deskId);
  }
  return [...gaining];
}

/**
 * The rows of a booking once its days on `fromDeskId` from `from` on move to `toDeskId` (a
 * desk whose kit broke): days before `from` stay where they were (used, and billed, there),
 * the moved days keep their rank in the booking. `moved` are the new rows on `toDeskId`.
 */
export function planDeskMove(current: readonly PlannedRow[], fromDeskId: string, toDeskId: string, from: LocalDate): { planned: PlannedRow[]; moved: PlannedRow[] } {
  const kept: PlannedRow[] = [];
  const moved: PlannedRow[] = [];
  for (const row of current) {
    if (row.deskId !== fromDeskId || row.last < from) {
      kept.push({ ...row });
      continue;
    }
    if (row.first < from) kept.push({ ...row, last: addDays(from, -1) });
    moved.push({ ...row, deskId: toDeskId, first: maxDate(row.first, from) });
  }
  return { planned: mergeRows([...kept, ...moved]), moved };
}
