import { LocalDate } from '../../common/time/dates.js';

/** A desk's state on the daily board (SPEC "the daily board"). */
export enum BoardStatus {
  /** Nobody is expected at the desk (it may still be booked by a studio that put no one on it). */
  FREE = 'FREE',
  /** Someone is assigned and has not arrived yet. */
  EXPECTED = 'EXPECTED',
  PRESENT = 'PRESENT',
  /** Checked in, then out (or closed at the end of the day). */
  LEFT = 'LEFT',
  /** Assigned, not arrived, and the day is over or past the no-show cutoff. */
  NO_SHOW = 'NO_SHOW',
  /** The desk's kit is not operational today: nobody can work there. */
  MAINTENANCE = 'MAINTENANCE',
}

export interface DeskDayFacts {
  date: LocalDate;
  today: LocalDate;
  /** For today: the no-show cutoff (Europe/Paris time of day) has passed. */
  pastCutoff: boolean;
  siteOpen: boolean;
  /** The kit on the desk now; only meaningful for today and later (kit history is not kept). */
  kitOperational: boolean;
  assigned: boolean;
  checkIn: { checkedOutAt: Date | null } | null;
}

/**
 * From today on, a kit out of service wins: nobody can work at that desk, even someone who
 * checked in before the ticket (the operator must move them), so the board shows it and counts
 * it. Otherwise what happened wins over what was planned: a check-in, then the assignment.
 * A check-in still open on a past day counts as gone (the end-of-day job closes it).
 */
export function boardStatus(f: DeskDayFacts): BoardStatus {
  if (!f.kitOperational && f.date >= f.today) return BoardStatus.MAINTENANCE;
  if (f.checkIn) return f.checkIn.checkedOutAt || f.date < f.today ? BoardStatus.LEFT : BoardStatus.PRESENT;
  if (!f.assigned || !f.siteOpen) return BoardStatus.FREE;
  if (f.date < f.today || (f.date === f.today && f.pastCutoff)) return BoardStatus.NO_SHOW;
  return BoardStatus.EXPECTED;
}
