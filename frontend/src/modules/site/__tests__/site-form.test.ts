import { describe, expect, it } from 'vitest';
import { emptySiteDraft, nextZone, siteFormProblems, siteInput, totalDesks, type SiteDraft } from '../site-form';

const valence = (): SiteDraft => ({
  ...emptySiteDraft(),
  name: '  Studio FLEX Valence ',
  address: 'La Cartoucherie, Bourg-lès-Valence',
  areaSqm: '120',
  openWeekdays: [5, 1, 3, 2, 4],
  zones: [{ name: 'A', desks: '8' }, { name: 'B', desks: ' 8' }, { name: 'C', desks: '8' }],
});

describe('the new-site form', () => {
  it('sends a trimmed input with whole numbers and the weekdays in order', () => {
    expect(siteFormProblems(valence())).toEqual([]);
    expect(siteInput(valence())).toEqual({
      name: 'Studio FLEX Valence',
      address: 'La Cartoucherie, Bourg-lès-Valence',
      timezone: 'Europe/Paris',
      areaSqm: 120,
      openWeekdays: [1, 2, 3, 4, 5],
      zones: [{ name: 'A', desks: 8 }, { name: 'B', desks: 8 }, { name: 'C', desks: 8 }],
      withKits: true,
      frenchHolidays: true,
    });
    expect(totalDesks(valence().zones)).toBe(24);
  });

  it('names what is missing, in the order of the form', () => {
    expect(siteFormProblems(emptySiteDraft())).toEqual(['name', 'address', 'areaSqm']);
    expect(siteFormProblems({ ...valence(), openWeekdays: [], areaSqm: '12.5' })).toEqual(['areaSqm', 'openWeekdays']);
    expect(siteFormProblems({ ...valence(), zones: [{ name: 'A', desks: '0' }] })).toEqual(['zones']);
    expect(siteFormProblems({ ...valence(), zones: [{ name: 'A', desks: '61' }] })).toEqual(['zones']);
    expect(siteFormProblems({ ...valence(), zones: [] })).toEqual(['zones']);
  });

  it('refuses more than 400 desks on one site', () => {
    const zones = 'ABCDEFG'.split('').map((name) => ({ name, desks: '60' }));
    expect(siteFormProblems({ ...valence(), zones })).toEqual(['totalDesks']);
    expect(siteFormProblems({ ...valence(), zones: zones.slice(0, 6) })).toEqual([]);
  });

  it('adds zones with the first free letter, up to Z', () => {
    expect(nextZone([{ name: 'A', desks: '8' }, { name: 'C', desks: '8' }])).toEqual({ name: 'B', desks: '8' });
    const all = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('').map((name) => ({ name, desks: '1' }));
    expect(nextZone(all)).toBeNull();
  });
});
