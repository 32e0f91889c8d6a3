import type { CreateSiteInput } from '../../gql/graphql';

/** A zone as the form holds it: its letter and the desk count as typed. */
export interface ZoneDraft {
  name: string;
  desks: string;
}

export interface SiteDraft {
  name: string;
  address: string;
  timezone: string;
  areaSqm: string;
  openWeekdays: number[];
  zones: ZoneDraft[];
  withKits: boolean;
  frenchHolidays: boolean;
}

export const MAX_DESKS_PER_ZONE = 60;
export const MAX_DESKS_PER_SITE = 400;
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

export function emptySiteDraft(): SiteDraft {
  return {
    name: '',
    address: '',
    timezone: 'Europe/Paris',
    areaSqm: '',
    openWeekdays: [1, 2, 3, 4, 5],
    zones: [{ name: 'A', desks: '8' }],
    withKits: true,
    frenchHolidays: true,
  };
}

/** The next zone: the first letter no zone uses yet (none left: null). */
export function nextZone(zones: readonly ZoneDraft[]): ZoneDraft | null {
  const used = new Set(zones.map((z) => z.name));
  const letter = [...LETTERS].find((l) => !used.has(l));
  return letter ? { name: letter, desks: '8' } : null;
}

export type SiteFormProblem = 'name' | 'address' | 'areaSqm' | 'openWeekdays' | 'zones' | 'totalDesks';

const whole = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : NaN);

/** What is missing or wrong, in the form's order (empty: ready to send). */
export function siteFormProblems(draft: SiteDraft): SiteFormProblem[] {
  const problems: SiteFormProblem[] = [];
  if (!draft.name.trim()) problems.push('name');
  if (!draft.address.trim()) problems.push('address');
  const area = whole(draft.areaSqm);
  if (!(area >= 1 && area <= 100_000)) problems.push('areaSqm');
  if (draft.openWeekdays.length === 0) problems.push('openWeekdays');
  const counts = draft.zones.map((z) => whole(z.desks));
  if (counts.length === 0 || counts.some((n) => !(n >= 1 && n <= MAX_DESKS_PER_ZONE))) problems.push('zones');
  else if (counts.reduce((s, n) => s + n, 0) > MAX_DESKS_PER_SITE) problems.push('totalDesks');
  return problems;
}

/** The mutation's input, once the form has no problem. */
export function siteInput(draft: SiteDraft): CreateSiteInput {
  return {
    name: draft.name.trim(),
    address: draft.address.trim(),
    timezone: draft.timezone,
    areaSqm: whole(draft.areaSqm),
    openWeekdays: [...draft.openWeekdays].sort((a, b) => a - b),
    zones: draft.zones.map((z) => ({ name: z.name, desks: whole(z.desks) })),
    withKits: draft.withKits,
    frenchHolidays: draft.frenchHolidays,
  };
}

export function totalDesks(zones: readonly ZoneDraft[]): number {
  return zones.reduce((s, z) => s + (whole(z.desks) || 0), 0);
}
