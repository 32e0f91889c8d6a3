import { daysBetween, LocalDate, maxDate, minDate } from '../../common/time/dates.js';
import { countDeskDays, OpenDays } from '../booking/desk-days.js';
import type { SiteCalendar } from '../site/opening.js';

/** One desk held by a booking from `first` to `last` (inclusive), as stored in booking_desk. */
export interface DeskSpan {
  studioId: string;
  /** The booking's status: only CONFIRMED holds count. */
  status: string;
  first: LocalDate;
  last: LocalDate;
}

/**
 * Desks each studio held CONFIRMED on each day of a period, and which days were open.
 * Built once per report; sub-ranges (months, the period so far) are read from it. Desk-days
 * are counted by the one desk-day counter; the per-day counts give the peaks.
 */
export class StudioOccupancy {
  readonly days: LocalDate[];
  readonly open: boolean[];
  private readonly openDays: OpenDays;
  private readonly counts = new Map<string, Int32Array>();
  private readonly spans = new Map<string, DeskSpan[]>();

  constructor(
    readonly from: LocalDate,
    readonly to: LocalDate,
    calendar: SiteCalendar,
    spans: DeskSpan[],
  ) {
    this.openDays = new OpenDays(calendar, from, to);
    this.days = this.openDays.days;
    this.open = this.openDays.open;
    const n = this.days.length;
    for (const span of spans) {
      if (span.status !== 'CONFIRMED') continue;
      const first = maxDate(span.first, from);
      const last = minDate(span.last, to);
      if (last < first) continue;
      let diff = this.counts.get(span.studioId);
      if (!diff) {
        this.counts.set(span.studioId, (diff = new Int32Array(n + 1)));
        this.spans.set(span.studioId, []);
      }
      diff[daysBetween(from, first)] += 1;
      diff[daysBetween(from, last) + 1] -= 1;
      this.spans.get(span.studioId)!.push(span);
    }
    // Difference arrays → desks held per day.
    for (const diff of this.counts.values()) for (let i = 1; i <= n; i++) diff[i] += diff[i - 1];
  }

  studioIds(): string[] {
    return [...this.counts.keys()];
  }

  indexOf(date: LocalDate): number {
    return daysBetween(this.from, date);
  }

  /**
   * A studio over days [start, end] (indexes, inclusive): its peak of desks on one open day
   * (the first open day reaching it) and its desk-days on open days.
   */
  studio(studioId: string, start = 0, end = this.days.length - 1): { peak: number; peakDate: LocalDate | null; deskDays: number } {
    const counts = this.counts.get(studioId);
    let peak = 0;
    let peakDate: LocalDate | null = null;
    if (!counts) return { peak, peakDate, deskDays: 0 };
    for (let i = start; i <= end; i++) {
      if (this.open[i] && counts[i] > peak) {
        peak = counts[i];
        peakDate = this.days[i];
      }
    }
    const deskDays = end < start ? 0 : countDeskDays(this.spans.get(studioId)!, this.openDays, this.days[start], this.days[end]);
    return { peak, peakDate, deskDays };
  }

  /** Desk-days of every studio on the open days of [start, end]. */
  allDeskDays(start = 0, end = this.days.length - 1): number {
    return this.studioIds().reduce((sum, id) => sum + this.studio(id, start, end).deskDays, 0);
  }

  openDayCount(start = 0, end = this.days.length - 1): number {
    return end < start ? 0 : this.openDays.count(this.days[start], this.days[end]);
  }
}
