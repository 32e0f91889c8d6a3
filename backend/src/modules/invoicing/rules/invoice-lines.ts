import type { LocalDate } from '../../../common/time/dates.js';
import { lateFeeUnitPrice } from '../../booking/cancellation-fee.js';
import type { SiteCalendar } from '../../site/opening.js';
import { BillableBooking, DeskDayCount, deskDaysInMonth, lateFeeDeskDaysInMonth } from './desk-days.js';
import { lineAmount } from './money.js';
import { RateCard, rateForMonth } from './rate.js';

export enum InvoiceLineKind {
  DESK_DAYS = 'DESK_DAYS',
  LATE_CANCELLATION = 'LATE_CANCELLATION',
}

export interface BookingToBill extends BillableBooking {
  id: string;
  reference: string;
  productionName: string;
  startDate: LocalDate;
  contract: RateCard & { number: string };
  /** The site of its desks (its days count on that site's calendar); absent in pure tests. */
  siteId?: string;
  /** Named on the line when the network has more than one site. */
  siteName?: string | null;
}

export interface ComputedLine {
  kind: InvoiceLineKind;
  bookingId: string;
  description: string;
  quantity: number;
  unitPriceCents: number;
  amountCents: number;
  periodStart: LocalDate;
  periodEnd: LocalDate;
  deskCodes: string[];
}

export interface StudioMonth {
  /** Open desk-days billed at the rate, all bookings of the month (what the volume tier looks at). */
  billableDeskDays: number;
  /** What is not invoiced yet: the draft's lines (empty: nothing to bill). */
  lines: ComputedLine[];
  /** Contracts the lines refer to. */
  contractNumbers: string[];
}

/** Quantities already on issued invoices of the month, by `${bookingId}:${kind}`. */
export type Invoiced = ReadonlyMap<string, number>;
export const invoicedKey = (bookingId: string, kind: InvoiceLineKind) => `${bookingId}:${kind}`;

/**
 * A studio's month: every booking's desk-days and late-cancellation days, priced at the rate
 * of the month's volume, minus what issued invoices already cover. A booking whose count
 * went down after an invoice was issued gives no line here: that correction is a credit note.
 */
export function billStudioMonth(
  bookings: BookingToBill[],
  calendar: SiteCalendar | ((booking: BookingToBill) => SiteCalendar),
  first: LocalDate,
  last: LocalDate,
  invoiced: Invoiced = new Map(),
): StudioMonth {
  // Each booking's days count on its own site's calendar; the volume rate on the studio's whole month.
  const calendarOf = typeof calendar === 'function' ? calendar : () => calendar;
  const counted = [...bookings]
    .sort((a, b) => a.startDate.localeCompare(b.startDate) || a.reference.localeCompare(b.reference))
    .map((booking) => ({
      booking,
      normal: deskDaysInMonth(booking, calendarOf(booking), first, last),
      late: lateFeeDeskDaysInMonth(booking, calendarOf(booking), first, last),
    }));
  const billableDeskDays = counted.reduce((sum, c) => sum + c.normal.quantity, 0);
  const lines: ComputedLine[] = [];
  const contracts = new Set<string>();
  for (const { booking, normal, late } of counted) {
    const rate = rateForMonth(booking.contract, billableDeskDays);
    const desk = line(booking, InvoiceLineKind.DESK_DAYS, normal, rate, invoiced);
    const fee = line(booking, InvoiceLineKind.LATE_CANCELLATION, late, lateFeeUnitPrice(rate, booking.lateFeePct ?? 0), invoiced);
    for (const l of [desk, fee]) {
      if (!l) continue;
      lines.push(l);
      contracts.add(booking.contract.number);
    }
  }
  return { billableDeskDays, lines, contractNumbers: [...contracts].sort() };
}

function line(booking: BookingToBill, kind: InvoiceLineKind, count: DeskDayCount, unitPriceCents: number, invoiced: Invoiced): ComputedLine | null {
  const already = invoiced.get(invoicedKey(booking.id, kind)) ?? 0;
  const quantity = count.quantity - already;
  if (quantity <= 0 || !count.firstDay || !count.lastDay) return null;
  return {
    kind,
    bookingId: booking.id,
    description: describe(booking, kind, count, already),
    quantity,
    unitPriceCents,
    amountCents: lineAmount(quantity, unitPriceCents),
    periodStart: count.firstDay,
    periodEnd: count.lastDay,
    deskCodes: count.deskCodes,
  };
}

const frenchDate = (d: LocalDate) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;
const MAX_LISTED_DESKS = 8;

/** The line as the studio reads it on the invoice (French, the invoice's language). */
export function describe(booking: BookingToBill, kind: InvoiceLineKind, count: DeskDayCount, already: number): string {
  const n = count.deskCodes.length;
  const codes = n <= MAX_LISTED_DESKS ? `${n} poste${n > 1 ? 's' : ''} (${count.deskCodes.join(', ')})` : `${n} postes`;
  const desks = booking.siteName ? `${codes} — ${booking.siteName}` : codes;
  const period = count.firstDay === count.lastDay ? `le ${frenchDate(count.firstDay!)}` : `du ${frenchDate(count.firstDay!)} au ${frenchDate(count.lastDay!)}`;
  const head =
    kind === InvoiceLineKind.DESK_DAYS
      ? `Postes équipés — « ${booking.productionName} » (${booking.reference})`
      : `Annulation tardive, ${booking.lateFeePct} % du tarif — « ${booking.productionName} » (${booking.reference})`;
  const complement = already > 0 ? ` — complément, ${already} jour${already > 1 ? 's' : ''}-poste déjà facturé${already > 1 ? 's' : ''}` : '';
  return `${head} — ${period} — ${desks}${complement}`;
}
