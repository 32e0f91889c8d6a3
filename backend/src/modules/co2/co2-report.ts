import { addDays, daysBetween, LocalDate, minDate, monthBounds } from '../../common/time/dates.js';
import { badInput } from '../../common/errors/domain-error.js';
import { SiteCalendar } from '../site/opening.js';
import { carKmEquivalent, Co2Factors, DAYS_PER_YEAR, MAX_REPORT_DAYS } from './co2-factors.js';
import { allocatedKitFootprintKg, KitInService, kitsInServiceCount } from './kit-allocation.js';
import { DeskSpan, StudioOccupancy } from './studio-occupancy.js';

export interface Co2Figures {
  machinesAvoided: number;
  grossAvoidedKg: number;
  flexFootprintKg: number;
  netAvoidedKg: number;
  carKmEquivalent: number;
}

export interface StudioCo2 extends Co2Figures {
  studioId: string;
  /** First open day the studio held its peak; null when it held nothing. */
  peakDate: LocalDate | null;
  /** Desks held CONFIRMED × open days. */
  deskDays: number;
  /** Its desk-days over every studio's desk-days: its share of Studio FLEX's footprint (0–1). */
  share: number;
  conservativeNetAvoidedKg: number;
}

/** One month of the period read alone, and the period from its start to the month's end. */
export interface MonthCo2 {
  month: string;
  from: LocalDate;
  to: LocalDate;
  machinesAvoided: number;
  grossAvoidedKg: number;
  flexFootprintKg: number;
  netAvoidedKg: number;
  cumulativeMachinesAvoided: number;
  cumulativeGrossAvoidedKg: number;
  cumulativeFlexFootprintKg: number;
  cumulativeNetAvoidedKg: number;
}

/** The avoided purchases allocated to the period over a desktop's lifetime (ADEME/Boavizta: 6 years). */
export interface ConservativeReading {
  avoidedLifetimeYears: number;
  /** min(1, period days / (lifetime × 365)). */
  allocatedShare: number;
  grossAvoidedKg: number;
  flexFootprintKg: number;
  netAvoidedKg: number;
  carKmEquivalent: number;
}

export interface Co2ReportInput {
  from: LocalDate;
  to: LocalDate;
  calendar: SiteCalendar;
  spans: DeskSpan[];
  kits: KitInService[];
  factors: Co2Factors;
  /** One studio's report, or null for every studio together. */
  studioId: string | null;
}

export interface Co2ReportResult extends Co2Figures {
  from: LocalDate;
  to: LocalDate;
  periodDays: number;
  openDays: number;
  /** Desk-days of the studio read (all studios when none). */
  deskDays: number;
  /** Every studio's desk-days: the base of the shares. */
  siteDeskDays: number;
  kitsInService: number;
  /** All of Studio FLEX's kits' footprint allocated to the period, before any share. */
  siteFlexFootprintKg: number;
  perStudio: StudioCo2[];
  months: MonthCo2[];
  conservative: ConservativeReading;
}

/** Refuses a period that ends before it starts or is longer than a report covers. */
export function checkReportPeriod(from: LocalDate, to: LocalDate): void {
  if (to < from) throw badInput('to', 'The period must end on or after its first day', { from, to });
  if (daysBetween(from, to) + 1 > MAX_REPORT_DAYS) {
    throw badInput('from', `A report covers at most ${MAX_REPORT_DAYS} days; choose a shorter period`, { from, to, maxDays: MAX_REPORT_DAYS });
  }
}

interface RangeReading extends Co2Figures {
  deskDays: number;
  siteDeskDays: number;
  siteFlexFootprintKg: number;
  lines: StudioCo2[];
}

/** The counterfactual over days [start, end] of the occupancy (indexes, inclusive). */
function readRange(occ: StudioOccupancy, input: Co2ReportInput, start: number, end: number): RangeReading {
  const f = input.factors;
  const from = occ.days[start];
  const to = occ.days[end];
  const siteFlexFootprintKg = allocatedKitFootprintKg(input.kits, from, to, f.kitLifetimeYears, f.refurbishedFactor);
  const siteDeskDays = occ.allDeskDays(start, end);
  const allocated = conservativeShare(end - start + 1, f.avoidedLifetimeYears);
  const ids = input.studioId ? [input.studioId] : occ.studioIds();
  const lines = ids
    .map((studioId): StudioCo2 => {
      const s = occ.studio(studioId, start, end);
      const share = siteDeskDays > 0 ? s.deskDays / siteDeskDays : 0;
      const grossAvoidedKg = s.peak * f.referenceKitKg;
      const flexFootprintKg = siteFlexFootprintKg * share;
      const netAvoidedKg = grossAvoidedKg - flexFootprintKg;
      return {
        studioId,
        machinesAvoided: s.peak,
        peakDate: s.peakDate,
        deskDays: s.deskDays,
        share,
        grossAvoidedKg,
        flexFootprintKg,
        netAvoidedKg,
        carKmEquivalent: carKmEquivalent(netAvoidedKg, f.carKgPerKm),
        conservativeNetAvoidedKg: grossAvoidedKg * allocated - flexFootprintKg,
      };
    })
    .filter((l) => input.studioId !== null || l.deskDays > 0)
    .sort((a, b) => b.deskDays - a.deskDays || a.studioId.localeCompare(b.studioId));
  const machinesAvoided = lines.reduce((sum, l) => sum + l.machinesAvoided, 0);
  const grossAvoidedKg = machinesAvoided * f.referenceKitKg;
  // The whole site carries all its kits, used or idle; one studio carries its share.
  const flexFootprintKg = input.studioId ? lines[0].flexFootprintKg : siteFlexFootprintKg;
  const netAvoidedKg = grossAvoidedKg - flexFootprintKg;
  return {
    machinesAvoided,
    grossAvoidedKg,
    flexFootprintKg,
    netAvoidedKg,
    carKmEquivalent: carKmEquivalent(netAvoidedKg, f.carKgPerKm),
    deskDays: lines.reduce((sum, l) => sum + l.deskDays, 0),
    siteDeskDays,
    siteFlexFootprintKg,
    lines,
  };
}

function conservativeShare(periodDays: number, lifetimeYears: number): number {
  return Math.min(1, periodDays / (lifetimeYears * DAYS_PER_YEAR));
}

/** Month by month from the period's first day: each month alone, and the period so far. */
function monthSeries(occ: StudioOccupancy, input: Co2ReportInput): MonthCo2[] {
  const months: MonthCo2[] = [];
  for (let first = input.from; first <= input.to; ) {
    const month = first.slice(0, 7);
    const last = minDate(monthBounds(month).last, input.to);
    const alone = readRange(occ, input, occ.indexOf(first), occ.indexOf(last));
    const sofar = readRange(occ, input, 0, occ.indexOf(last));
    months.push({
      month,
      from: first,
      to: last,
      machinesAvoided: alone.machinesAvoided,
      grossAvoidedKg: alone.grossAvoidedKg,
      flexFootprintKg: alone.flexFootprintKg,
      netAvoidedKg: alone.netAvoidedKg,
      cumulativeMachinesAvoided: sofar.machinesAvoided,
      cumulativeGrossAvoidedKg: sofar.grossAvoidedKg,
      cumulativeFlexFootprintKg: sofar.flexFootprintKg,
      cumulativeNetAvoidedKg: sofar.netAvoidedKg,
    });
    first = addDays(last, 1);
  }
  return months;
}

/**
 * The CO2 saved report over [from, to]: a studio that rents desks would otherwise have
 * bought a kit for each desk it held CONFIRMED at its peak on one open day of the period;
 * Studio FLEX's own kits, allocated to the period, are subtracted (for one studio, its share
 * by desk-days). Options, cancelled or expired bookings and closed days do not count.
 */
export function co2Report(input: Co2ReportInput): Co2ReportResult {
  checkReportPeriod(input.from, input.to);
  const occ = new StudioOccupancy(input.from, input.to, input.calendar, input.spans);
  const last = occ.days.length - 1;
  const whole = readRange(occ, input, 0, last);
  const periodDays = last + 1;
  const allocatedShare = conservativeShare(periodDays, input.factors.avoidedLifetimeYears);
  const conservativeNet = whole.grossAvoidedKg * allocatedShare - whole.flexFootprintKg;
  return {
    from: input.from,
    to: input.to,
    machinesAvoided: whole.machinesAvoided,
    grossAvoidedKg: whole.grossAvoidedKg,
    flexFootprintKg: whole.flexFootprintKg,
    netAvoidedKg: whole.netAvoidedKg,
    carKmEquivalent: whole.carKmEquivalent,
    periodDays,
    openDays: occ.openDayCount(),
    deskDays: whole.deskDays,
    siteDeskDays: whole.siteDeskDays,
    kitsInService: kitsInServiceCount(input.kits, input.from, input.to),
    siteFlexFootprintKg: whole.siteFlexFootprintKg,
    perStudio: whole.lines,
    months: monthSeries(occ, input),
    conservative: {
      avoidedLifetimeYears: input.factors.avoidedLifetimeYears,
      allocatedShare,
      grossAvoidedKg: whole.grossAvoidedKg * allocatedShare,
      flexFootprintKg: whole.flexFootprintKg,
      netAvoidedKg: conservativeNet,
      carKmEquivalent: carKmEquivalent(conservativeNet, input.factors.carKgPerKm),
    },
  };
}
