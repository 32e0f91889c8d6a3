import { addDays, daysBetween, LocalDate, maxDate, minDate } from '../../../common/time/dates.js';
import { HeldDays, OpenDays, tallyDeskDays } from '../../booking/desk-days.js';
import type { SiteCalendar } from '../../site/opening.js';
import { DAYS_PER_YEAR } from '../co2-factors.js';
import { ComponentFootprint } from '../kit-allocation.js';
import { HIGH_FAMILY_SCALE, KIT_FAMILY_KG, REFURBISHED_RANGE } from './factor-families.js';

/** A desk a production held CONFIRMED, first to last day inclusive (a live booking_desk row). */
export interface ProductionDeskRow extends HeldDays {
  deskId: string;
  siteId: string;
}

/** A kit's stay on a desk (kit_desk_history), inclusive; `to` null while it stands there. */
export interface KitStay {
  kitId: string;
  deskId: string;
  from: LocalDate;
  to: LocalDate | null;
}

/** A kit's cumulative meter index (kWh) read on a day. */
export interface MeterReading {
  kitId: string;
  readOn: LocalDate;
  kwh: number;
}

export interface StatementFactors {
  referenceKitKg: number;
  kitLifetimeYears: number;
  refurbishedFactor: number;
  avoidedLifetimeYears: number;
  kwhPerDeskDay: number;
  gridKgPerKwh: number;
}

export interface FootprintInput {
  from: LocalDate;
  to: LocalDate;
  rows: ProductionDeskRow[];
  stays: KitStay[];
  kits: Map<string, ComponentFootprint[]>;
  readings: MeterReading[];
  /** Each site's calendar, covering the period and the meter readings' spans. */
  calendars: Map<string, SiteCalendar>;
  /** First and last day the calendars cover (at least the period). */
  calendarFrom: LocalDate;
  calendarTo: LocalDate;
  checkInDays: number;
  factors: StatementFactors;
}

export interface SiteFootprint {
  siteId: string;
  deskDays: number;
  peakDesks: number;
  manufacturingKg: number;
  electricityKwh: number;
  electricityKg: number;
}

export interface ProductionFootprint {
  deskDays: number;
  checkInDays: number;
  /** Most desks held on one open day, all sites together: the machines the production did not buy. */
  machinesAvoided: number;
  peakDate: LocalDate | null;
  /** Desk-days whose kit had a meter reading on both sides. */
  meteredDeskDays: number;
  manufacturingKg: number;
  manufacturingLowKg: number;
  manufacturingHighKg: number;
  electricityKwh: number;
  electricityKg: number;
  footprintKg: number;
  footprintLowKg: number;
  footprintHighKg: number;
  /** Reported beside the footprint, never subtracted from it. */
  avoidedKg: number;
  avoidedLowKg: number;
  avoidedHighKg: number;
  /** The avoided purchases allocated to the period over an avoided desktop's lifetime. */
  avoidedConservativeKg: number;
  sites: SiteFootprint[];
}

/** The kit standing on each desk, as non-overlapping stays: on a swap day the arriving kit counts. */
export function effectiveStays(stays: KitStay[]): Map<string, KitStay[]> {
  const byDesk = new Map<string, KitStay[]>();
  for (const s of [...stays].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))) {
    const list = byDesk.get(s.deskId) ?? [];
    const prev = list[list.length - 1];
    if (prev && (prev.to === null || prev.to >= s.from)) list[list.length - 1] = { ...prev, to: addDays(s.from, -1) };
    list.push({ ...s });
    byDesk.set(s.deskId, list.filter((x) => x.to === null || x.to >= x.from));
  }
  return byDesk;
}

/** kWh per open day of a kit between consecutive readings, keyed by the day after the first one. */
function meterRates(readings: MeterReading[], open: (kitId: string) => OpenDays | undefined) {
  const byKit = new Map<string, Array<{ after: LocalDate; through: LocalDate; perDay: number }>>();
  const sorted = [...readings].sort((a, b) => (a.kitId + a.readOn < b.kitId + b.readOn ? -1 : 1));
  for (let i = 1; i < sorted.length; i++) {
    const [a, b] = [sorted[i - 1], sorted[i]];
    const days = a.kitId === b.kitId ? open(a.kitId)?.count(addDays(a.readOn, 1), b.readOn) : 0;
    if (!days) continue;
    const list = byKit.get(a.kitId) ?? [];
    list.push({ after: a.readOn, through: b.readOn, perDay: (b.kwh - a.kwh) / days });
    byKit.set(a.kitId, list);
  }
  return (kitId: string, day: LocalDate) => byKit.get(kitId)?.find((r) => day > r.after && day <= r.through)?.perDay ?? null;
}

const emptySite = (siteId: string): SiteFootprint => ({ siteId, deskDays: 0, peakDesks: 0, manufacturingKg: 0, electricityKwh: 0, electricityKg: 0 });

/**
 * A production's footprint at Studio FLEX over [from, to]: the desk-days it held (the one
 * desk-day counter), the kit actually on each desk each day (a kit swapped mid-booking splits
 * the days), each kit's manufacturing footprint (refurbished components × the factor) per day
 * of its lifetime, the electricity of each desk-day (the kit's meter where read, otherwise the
 * setting) × the grid factor; and, apart, the purchases avoided at its peak.
 */
export function productionFootprint(input: FootprintInput): ProductionFootprint {
  const { from, to, factors: f } = input;
  const opens = new Map([...input.calendars].map(([siteId, cal]) => [siteId, new OpenDays(cal, input.calendarFrom, input.calendarTo)]));
  const stays = effectiveStays(input.stays);
  const kitSite = new Map<string, string>();
  for (const r of input.rows) for (const s of stays.get(r.deskId) ?? []) kitSite.set(s.kitId, r.siteId);
  const rate = meterRates(input.readings, (kitId) => opens.get(kitSite.get(kitId) ?? ''));
  const lifetimeDays = f.kitLifetimeYears * DAYS_PER_YEAR;
  const sites = new Map<string, SiteFootprint>();
  const perDay = new Map<LocalDate, number>();
  const perSiteDay = new Map<string, number>();
  let newKgDays = 0;
  let refurbishedKgDays = 0;
  let meteredDeskDays = 0;

  for (const row of input.rows) {
    const open = opens.get(row.siteId)!;
    const site = sites.get(row.siteId) ?? emptySite(row.siteId);
    sites.set(row.siteId, site);
    const first = maxDate(row.first, from);
    const last = minDate(row.last, to);
    site.deskDays += tallyDeskDays([row], open, from, to).quantity;
    for (const day of open.within(first, last)) {
      perDay.set(day, (perDay.get(day) ?? 0) + 1);
      perSiteDay.set(`${row.siteId}|${day}`, (perSiteDay.get(`${row.siteId}|${day}`) ?? 0) + 1);
    }
    const pieces: Array<HeldDays & { kitId: string | null }> = [];
    let cursor = first;
    for (const s of stays.get(row.deskId) ?? []) {
      const a = maxDate(s.from, cursor);
      const b = s.to === null ? last : minDate(s.to, last);
      if (b < a) continue;
      if (a > cursor) pieces.push({ first: cursor, last: addDays(a, -1), kitId: null });
      pieces.push({ first: a, last: b, kitId: s.kitId });
      cursor = addDays(b, 1);
    }
    if (cursor <= last) pieces.push({ first: cursor, last, kitId: null });
    for (const piece of pieces) {
      const days = tallyDeskDays([piece], open, from, to).quantity;
      if (!days) continue;
      const components = piece.kitId ? (input.kits.get(piece.kitId) ?? []) : [];
      for (const c of components) {
        if (c.refurbished) refurbishedKgDays += Number(c.embodiedKgCo2e) * days;
        else newKgDays += Number(c.embodiedKgCo2e) * days;
      }
      site.manufacturingKg += (components.reduce((s, c) => s + Number(c.embodiedKgCo2e) * (c.refurbished ? f.refurbishedFactor : 1), 0) * days) / lifetimeDays;
      for (const day of open.within(piece.first, piece.last)) {
        const measured = piece.kitId ? rate(piece.kitId, day) : null;
        if (measured !== null) meteredDeskDays += 1;
        site.electricityKwh += measured ?? f.kwhPerDeskDay;
      }
    }
  }
  return summarise(input, [...sites.values()], perDay, perSiteDay, { newKgDays, refurbishedKgDays, lifetimeDays, meteredDeskDays });
}

function summarise(
  input: FootprintInput,
  sites: SiteFootprint[],
  perDay: Map<LocalDate, number>,
  perSiteDay: Map<string, number>,
  m: { newKgDays: number; refurbishedKgDays: number; lifetimeDays: number; meteredDeskDays: number },
): ProductionFootprint {
  const f = input.factors;
  let machinesAvoided = 0;
  let peakDate: LocalDate | null = null;
  for (const [day, n] of [...perDay].sort(([a], [b]) => (a < b ? -1 : 1))) if (n > machinesAvoided) [machinesAvoided, peakDate] = [n, day];
  for (const s of sites) {
    s.electricityKg = s.electricityKwh * f.gridKgPerKwh;
    for (const [key, n] of perSiteDay) if (key.startsWith(`${s.siteId}|`) && n > s.peakDesks) s.peakDesks = n;
  }
  sites.sort((a, b) => b.deskDays - a.deskDays || (a.siteId < b.siteId ? -1 : 1));
  const sum = (k: keyof Omit<SiteFootprint, 'siteId'>) => sites.reduce((s, x) => s + x[k], 0);
  const manufacturingKg = sum('manufacturingKg');
  const manufacturingLowKg = (m.newKgDays + m.refurbishedKgDays * REFURBISHED_RANGE.low) / m.lifetimeDays;
  const manufacturingHighKg = ((m.newKgDays + m.refurbishedKgDays * Math.max(REFURBISHED_RANGE.high, f.refurbishedFactor)) / m.lifetimeDays) * HIGH_FAMILY_SCALE;
  const electricityKwh = sum('electricityKwh');
  const electricityKg = electricityKwh * f.gridKgPerKwh;
  const periodDays = daysBetween(input.from, input.to) + 1;
  const avoidedKg = machinesAvoided * f.referenceKitKg;
  return {
    deskDays: sum('deskDays'),
    checkInDays: input.checkInDays,
    machinesAvoided,
    peakDate,
    meteredDeskDays: m.meteredDeskDays,
    manufacturingKg,
    manufacturingLowKg: Math.min(manufacturingLowKg, manufacturingKg),
    manufacturingHighKg: Math.max(manufacturingHighKg, manufacturingKg),
    electricityKwh,
    electricityKg,
    footprintKg: manufacturingKg + electricityKg,
    footprintLowKg: Math.min(manufacturingLowKg, manufacturingKg) + electricityKg,
    footprintHighKg: Math.max(manufacturingHighKg, manufacturingKg) + electricityKg,
    avoidedKg,
    avoidedLowKg: Math.min(machinesAvoided * KIT_FAMILY_KG.ademe, avoidedKg),
    avoidedHighKg: Math.max(machinesAvoided * KIT_FAMILY_KG.datasheetHigh, avoidedKg),
    avoidedConservativeKg: avoidedKg * Math.min(1, periodDays / (f.avoidedLifetimeYears * DAYS_PER_YEAR)),
    sites,
  };
}
