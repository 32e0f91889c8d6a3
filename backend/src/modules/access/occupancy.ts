import { LocalDate, parseDateRange } from '../../common/time/dates.js';
import { countDeskDays, OpenDays } from '../booking/desk-days.js';
import type { SiteCalendar } from '../site/opening.js';

export interface OccupancyInput {
  from: LocalDate;
  to: LocalDate;
  today: LocalDate;
  calendar: SiteCalendar;
  /** Desks of CONFIRMED bookings (daterange literal). */
  booked: Array<{ studioId: string; deskId: string; days: string }>;
  /** Live assignments. */
  assigned: Array<{ studioId: string; crewMemberId: string; deskId: string; days: string }>;
  checkIns: Array<{ studioId: string; crewMemberId: string; deskId: string; day: LocalDate }>;
}

export interface StudioOccupancy {
  studioId: string;
  bookedDeskDays: number;
  assignedDeskDays: number;
  checkedInDeskDays: number;
  noShowDeskDays: number;
  rate: number;
}


/**
 * Booked occupancy (desk-days of confirmed bookings on open days, the billing unit) beside
 * real occupancy (desk-days with a check-in), per studio. A no-show is an assigned open
 * desk-day, already past, without the person's check-in.
 */
export function computeOccupancy(input: OccupancyInput): StudioOccupancy[] {
  const rows = new Map<string, StudioOccupancy>();
  const row = (studioId: string) => {
    let r = rows.get(studioId);
    if (!r) rows.set(studioId, (r = { studioId, bookedDeskDays: 0, assignedDeskDays: 0, checkedInDeskDays: 0, noShowDeskDays: 0, rate: 0 }));
    return r;
  };
  const open = new OpenDays(input.calendar, input.from, input.to);
  for (const b of input.booked) row(b.studioId).bookedDeskDays += countDeskDays([parseDateRange(b.days)], open, input.from, input.to);
  const came = new Set(input.checkIns.map((c) => `${c.crewMemberId}|${c.day}`));
  for (const a of input.assigned) {
    const held = parseDateRange(a.days);
    row(a.studioId).assignedDeskDays += countDeskDays([held], open, input.from, input.to);
    row(a.studioId).noShowDeskDays += open.within(held.first, held.last).filter((d) => d < input.today && !came.has(`${a.crewMemberId}|${d}`)).length;
  }
  const deskDays = new Map<string, Set<string>>();
  for (const c of input.checkIns) {
    if (c.day < input.from || c.day > input.to) continue;
    const set = deskDays.get(c.studioId) ?? new Set<string>();
    set.add(`${c.deskId}|${c.day}`);
    deskDays.set(c.studioId, set);
  }
  for (const [studioId, set] of deskDays) row(studioId).checkedInDeskDays = set.size;
  for (const r of rows.values()) r.rate = occupancyRate(r);
  return [...rows.values()];
}

const occupancyRate = (r: StudioOccupancy) => (r.bookedDeskDays ? Math.round((r.checkedInDeskDays / r.bookedDeskDays) * 1000) / 1000 : 0);

/** One row per studio from the rows of several sites (each counted on its own site's open days). */
export function mergeOccupancy(rows: readonly StudioOccupancy[]): StudioOccupancy[] {
  const merged = new Map<string, StudioOccupancy>();
  for (const r of rows) {
    const m = merged.get(r.studioId);
    if (!m) merged.set(r.studioId, { ...r });
    else {
      m.bookedDeskDays += r.bookedDeskDays;
      m.assignedDeskDays += r.assignedDeskDays;
      m.checkedInDeskDays += r.checkedInDeskDays;
      m.noShowDeskDays += r.noShowDeskDays;
    }
  }
  for (const m of merged.values()) m.rate = occupancyRate(m);
  return [...merged.values()];
}
