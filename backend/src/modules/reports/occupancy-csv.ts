import { csvDate, csvDecimal, csvText, frenchCsv } from './french-csv.js';

/** One studio in one month, as the `occupancy` query answers it. */
export interface OccupancyExportRow {
  month: string;
  first: string;
  last: string;
  openDays: number;
  studioName: string;
  bookedDeskDays: number;
  assignedDeskDays: number;
  checkedInDeskDays: number;
  noShowDeskDays: number;
  /** checked-in / booked, 0..1 (0 when nothing was booked). */
  rate: number;
}

export const OCCUPANCY_HEADER = [
  'Mois',
  'Du',
  'Au',
  'Jours ouvrés',
  'Studio',
  'Jours-poste réservés',
  'Jours-poste affectés',
  'Jours-poste avec présence',
  'Jours-poste non présentés',
  'Taux de présence (%)',
];

/** Booked against checked-in desk-days, per month and studio. */
export function occupancyCsv(rows: readonly OccupancyExportRow[]): string {
  return frenchCsv(
    OCCUPANCY_HEADER,
    rows.map((r) => [
      r.month,
      csvDate(r.first),
      csvDate(r.last),
      String(r.openDays),
      csvText(r.studioName),
      String(r.bookedDeskDays),
      String(r.assignedDeskDays),
      String(r.checkedInDeskDays),
      String(r.noShowDeskDays),
      csvDecimal(r.rate * 100, 1),
    ]),
  );
}
