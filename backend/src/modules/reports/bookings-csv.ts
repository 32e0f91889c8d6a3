import { BookingStatus } from '../booking/booking.entity.js';
import type { BookingFacts } from '../calendar-feed/feed-events.js';
import { csvDate, csvDateTime, csvText, frenchCsv } from './french-csv.js';

/** One booking as the export shows it (status effective); desk-days are counted by the booking module's rule. */
export interface BookingExportRow extends Omit<BookingFacts, 'id'> {
  /** Open days of the site from startDate to endDate. */
  openDays: number;
  /** Desk-days on open days of the whole booking, and of the part inside the export's period. */
  deskDays: number;
  deskDaysInPeriod: number;
  confirmedAt: Date | null;
  cancelledAt: Date | null;
  lateFeePct: number | null;
}

export const BOOKINGS_HEADER = [
  'Référence',
  'Studio',
  'Production',
  'Statut',
  'Début',
  'Fin',
  'Postes',
  'Codes des postes',
  'Jours ouvrés',
  'Jours-poste',
  'Jours-poste sur la période',
  'Option jusqu’au',
  'Confirmée le',
  'Annulée le',
  'Frais d’annulation (%)',
];

export const STATUS_LABEL: Record<BookingStatus, string> = {
  [BookingStatus.OPTION]: 'Option',
  [BookingStatus.CONFIRMED]: 'Confirmée',
  [BookingStatus.CANCELLED]: 'Annulée',
  [BookingStatus.EXPIRED]: 'Option expirée',
};

/** Bookings of a period, one line each, in start-date order; nothing is summed into extra lines (sorting and filters stay sound). */
export function bookingsCsv(rows: readonly BookingExportRow[]): string {
  return frenchCsv(
    BOOKINGS_HEADER,
    rows.map((b) => [
      csvText(b.reference),
      csvText(b.studioName),
      csvText(b.productionName),
      STATUS_LABEL[b.status],
      csvDate(b.startDate),
      csvDate(b.endDate),
      String(b.deskCodes.length),
      csvText(b.deskCodes.join(' ')),
      String(b.openDays),
      String(b.deskDays),
      String(b.deskDaysInPeriod),
      b.status === BookingStatus.OPTION ? csvDateTime(b.optionExpiresAt) : '',
      csvDateTime(b.confirmedAt),
      csvDateTime(b.cancelledAt),
      b.lateFeePct === null ? '' : String(b.lateFeePct),
    ]),
  );
}
