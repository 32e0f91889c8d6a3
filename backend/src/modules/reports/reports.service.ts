import { Injectable } from '@nestjs/common';
import { Actor, studioScope, studioScopeAtSites } from '../../common/auth/actor.js';
import { badInput } from '../../common/errors/domain-error.js';
import { Clock } from '../../common/time/clock.js';
import { addDays, isLocalDate, LocalDate, maxDate, minDate, monthBounds } from '../../common/time/dates.js';
import { BoardService } from '../access/board.service.js';
import { BookingEntity } from '../booking/booking.entity.js';
import { BookingQueriesService } from '../booking/booking-queries.service.js';
import { BookingRepository } from '../booking/booking.repository.js';
import { effectiveStatus, hasLiveRows } from '../booking/desk-holds.js';
import { OpenDays, tallyDeskDays } from '../booking/desk-days.js';
import { assertUuid } from '../calendar-feed/ids.js';
import { SiteRepository } from '../site/site.repository.js';
import { SiteScope } from '../site/site-scope.service.js';
import { SiteService } from '../site/site.service.js';
import { StudioRepository } from '../studios/studio.repository.js';
import { BookingExportRow, bookingsCsv } from './bookings-csv.js';
import { occupancyCsv, OccupancyExportRow } from './occupancy-csv.js';

/** Months an occupancy export may cover at once. */
export const MAX_OCCUPANCY_MONTHS = 36;

export interface CsvFile {
  filename: string;
  body: string;
}

/**
 * The spreadsheets: bookings of a period, and occupancy per studio and month. Every figure
 * comes from the rule the rest of the product uses: desk-days from the booking module's
 * counter, occupancy from the `occupancy` query's own computation; scoping from studioScope.
 */
@Injectable()
export class ReportsService {
  constructor(
    private readonly bookings: BookingQueriesService,
    private readonly bookingRows: BookingRepository,
    private readonly board: BoardService,
    private readonly site: SiteRepository,
    private readonly siteService: SiteService,
    private readonly studios: StudioRepository,
    private readonly sites: SiteScope,
    private readonly clock: Clock,
  ) {}

  async bookingsCsv(actor: Actor, from: unknown, to: unknown, studioId: unknown, siteId?: unknown): Promise<CsvFile> {
    const [first, last] = [dateParam('from', from), dateParam('to', to)];
    const list = await this.bookings.list(actor, first, last, idParam(studioId), idParam(siteId, 'siteId'));
    const rows = await this.exportRows(list, first, last);
    return { filename: `reservations-${first}-${last}.csv`, body: bookingsCsv(rows) };
  }

  /** Per month and studio, at one site or (no siteId) every site the caller sees; openDays are the first such site's. */
  async occupancyCsv(actor: Actor, from: unknown, to: unknown, studioId: unknown, siteId?: unknown): Promise<CsvFile> {
    const months = monthRange(monthParam('from', from), monthParam('to', to));
    const studio = idParam(studioId);
    const site = idParam(siteId, 'siteId');
    studioScopeAtSites(actor, studio);
    const calendarSite = (await this.sites.one(actor, site)).id;
    const calendar = await this.siteService.calendar(calendarSite, monthBounds(months[0]).first, monthBounds(months[months.length - 1]).last);
    const rows: OccupancyExportRow[] = [];
    for (const month of months) {
      const { first, last } = monthBounds(month);
      const openDays = new OpenDays(calendar, first, last).count(first, last);
      for (const r of await this.board.occupancy(actor, month, studio, site)) rows.push({ ...r, first, last, openDays });
    }
    return { filename: `occupation-${months[0]}-${months[months.length - 1]}.csv`, body: occupancyCsv(rows) };
  }

  private async exportRows(list: BookingEntity[], from: LocalDate, to: LocalDate): Promise<BookingExportRow[]> {
    if (!list.length) return [];
    const now = this.clock.now();
    const [allRows, desks, studios] = await Promise.all([this.bookingRows.rowsOfBookings(list.map((b) => b.id)), this.site.desks(), this.studios.list(null)]);
    const codeOf = new Map(desks.map((d) => [d.id, d.code]));
    const siteOfDesk = new Map(desks.map((d) => [d.id, d.siteId]));
    const rowsOf = new Map<string, typeof allRows>();
    for (const r of allRows) rowsOf.set(r.bookingId, [...(rowsOf.get(r.bookingId) ?? []), r]);
    const nameOf = new Map(studios.map((s) => [s.id, s.name]));
    const start = list.reduce((m, b) => minDate(m, b.startDate), from);
    const end = list.reduce((m, b) => maxDate(m, b.endDate), to);
    const defaultSite = desks[0]?.siteId;
    const calendars = await this.siteService.calendars([...new Set(desks.map((d) => d.siteId))], start, end);
    const openOf = new Map<string, OpenDays>();
    return list.map((b) => {
      // The booking's current rows: live while it holds desks, else those it held when it ended.
      const rows = (rowsOf.get(b.id) ?? []).filter((r) => r.live === hasLiveRows(b.status));
      // Its days are counted on its own site's calendar.
      const siteId = siteOfDesk.get(rows[0]?.deskId ?? '') ?? defaultSite;
      if (!openOf.has(siteId)) openOf.set(siteId, new OpenDays(calendars.of(siteId), start, end));
      const open = openOf.get(siteId)!;
      return {
        reference: b.reference,
        studioName: nameOf.get(b.studioId) ?? '',
        productionName: b.productionName,
        status: effectiveStatus(b, now),
        startDate: b.startDate,
        endDate: b.endDate,
        deskCodes: [...new Set(rows.map((r) => codeOf.get(r.deskId) ?? ''))].sort(),
        openDays: open.count(b.startDate, b.endDate),
        deskDays: tallyDeskDays(rows, open).quantity,
        deskDaysInPeriod: tallyDeskDays(rows, open, from, to).quantity,
        optionExpiresAt: b.optionExpiresAt,
        confirmedAt: b.confirmedAt,
        cancelledAt: b.cancelledAt,
        lateFeePct: b.lateFeeFrom ? b.lateFeePct : null,
      };
    });
  }
}

function dateParam(field: string, value: unknown): LocalDate {
  if (!isLocalDate(value)) throw badInput(field, `${field} is a date written YYYY-MM-DD, e.g. 2026-03-01`);
  return value;
}

function monthParam(field: string, value: unknown): string {
  if (typeof value !== 'string' || !/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) throw badInput(field, `${field} is a month written YYYY-MM, e.g. 2026-03`);
  return value;
}

function idParam(value: unknown, field = 'studioId'): string | null {
  if (value === undefined || value === '') return null;
  if (typeof value !== 'string') throw badInput(field, `${field} must be an id (UUID)`);
  assertUuid(field, value);
  return value;
}

/** Every month from `from` to `to`, both included. */
export function monthRange(from: string, to: string): string[] {
  if (to < from) throw badInput('to', 'The last month comes before the first: swap them');
  const months: string[] = [];
  for (let month = from; month <= to; month = addDays(monthBounds(month).last, 1).slice(0, 7)) {
    months.push(month);
    if (months.length > MAX_OCCUPANCY_MONTHS) throw badInput('to', `At most ${MAX_OCCUPANCY_MONTHS} months at a time: shorten the range`);
  }
  return months;
}
