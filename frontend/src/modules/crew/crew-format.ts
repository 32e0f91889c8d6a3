import { addDays, addMonths, format, parseISO } from 'date-fns';

/** "Léa Martin" → "donnees-lea-martin.json": the GDPR export's file name, accents and spaces out. */
export function exportFileName(fullName: string): string {
  const slug = fullName.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-');
  return `donnees-${slug}.json`;
}

/** The day `days` after (or before) `date`, YYYY-MM-DD. */
export const shiftDay = (date: string, days: number): string => format(addDays(parseISO(date), days), 'yyyy-MM-dd');

/** The month `n` after (or before) `month`, YYYY-MM. */
export const shiftMonth = (month: string, n: number): string => format(addMonths(parseISO(`${month}-01`), n), 'yyyy-MM');

export interface OccupancyLine {
  bookedDeskDays: number;
  assignedDeskDays: number;
  checkedInDeskDays: number;
  noShowDeskDays: number;
}

/** The month's total over studios, and the share of booked desk-days actually used. */
export function occupancyTotal(lines: readonly OccupancyLine[]) {
  const total = lines.reduce(
    (s, r) => ({ booked: s.booked + r.bookedDeskDays, assigned: s.assigned + r.assignedDeskDays, used: s.used + r.checkedInDeskDays, noShow: s.noShow + r.noShowDeskDays }),
    { booked: 0, assigned: 0, used: 0, noShow: 0 },
  );
  return { ...total, rate: total.booked ? total.used / total.booked : 0 };
}

/** The studios a directory shows (the manager's own first known), by name. */
export function crewStudios(members: ReadonlyArray<{ studio: { id: string; name: string } }>, own?: { id: string; name: string } | null): Array<{ id: string; name: string }> {
  const map = new Map<string, string>();
  if (own) map.set(own.id, own.name);
  for (const m of members) map.set(m.studio.id, m.studio.name);
  return [...map].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'fr'));
}
