import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { translator } from '../../../test-support/i18n';
import { compactDeskCodes, countDays } from '../booking-format';
import { defaultListPeriod, periodProblem, shownBookings, summariseBookings } from '../booking-list';
import { changeTakenMessage, describeChangeConflict, describeConflict, mutationConflictMessages } from '../conflicts';

const t = translator('booking');
const refused = (code: string, extensions: Record<string, unknown>) => new CombinedGraphQLErrors({ errors: [{ message: 'refused', extensions: { code, ...extensions } }] });

describe('conflicts in plain words', () => {
  it('names the desks taken and when (the year left out when it is this one)', () => {
    const text = describeConflict({ code: 'DESK_UNAVAILABLE', message: '', deskCodes: ['A01', 'A02'], from: '2026-03-09', to: '2026-03-13' }, t, 'fr');
    expect(text).toBe('Les postes A01 et A02 sont déjà réservés du lun. 9 au ven. 13 mars : choisissez d’autres postes ou d’autres dates.');
  });

  it('says how many desks are free when a number of desks cannot be found', () => {
    const text = describeConflict({ code: 'DESK_UNAVAILABLE', message: '', deskCodes: [], from: '2026-03-09', to: '2026-03-09' }, t, 'fr', { freeDesks: 1 });
    expect(text).toContain('Un seul poste est libre');
  });

  it('quotes the contract’s limit and number', () => {
    const text = describeConflict({ code: 'CONTRACT_LIMIT', message: '', from: '2026-03-10', to: '2026-03-10' }, t, 'fr', { maxDesks: 12, contractNumber: 'C-2026-004' });
    expect(text).toBe('Le mar. 10 mars 2026, votre studio dépasserait les 12 postes simultanés prévus par le contrat C-2026-004 : réservez moins de postes ou d’autres jours.');
  });

  it('falls back on the server’s sentence for a code it does not know', () => {
    expect(describeConflict({ code: 'SOMETHING_NEW', message: 'Something new happened' }, t, 'fr')).toBe('Something new happened');
  });

  it('gives a refused booking the same words as the quote, from the error’s extensions', () => {
    const messages = mutationConflictMessages(refused('DESK_UNAVAILABLE', { deskCodes: ['B07'], from: '2026-03-09', to: '2026-03-09' }), t, 'fr');
    expect(messages.DESK_UNAVAILABLE).toMatch(/^Le poste B07 est déjà réservé le lun\. 9 mars/);
    expect(mutationConflictMessages(refused('FORBIDDEN', {}), t, 'fr')).toEqual({});
  });

  it('words a change of dates with the desks in runs', () => {
    expect(describeChangeConflict({ code: 'DESK_UNAVAILABLE', message: '', deskCodes: ['A01', 'A02', 'A03', 'C01'], from: '2026-03-09', to: '2026-03-10' }, t)).toBe('Postes A01–A03, C01 déjà réservés du 9 mars 2026 au 10 mars 2026.');
    expect(changeTakenMessage(refused('DESK_UNAVAILABLE', { deskCodes: ['A01'], from: '2026-03-09', to: '2026-03-09' }), t)).toMatch(/^Postes A01 déjà réservés le 9 mars 2026\./);
    expect(changeTakenMessage(refused('DESK_UNAVAILABLE', {}), t)).toBeUndefined();
  });
});

describe('the bookings list', () => {
  const b = (reference: string, status: 'OPTION' | 'CONFIRMED' | 'CANCELLED', startDate: string, endDate: string, desks: number, optionExpiresAt: string | null = null) => ({
    reference, status, startDate, endDate, optionExpiresAt, desks: Array.from({ length: desks }, (_, i) => ({ id: `${reference}-${i}` })),
  });
  const list = [
    b('R3', 'CANCELLED', '2026-03-01', '2026-03-20', 4),
    b('R2', 'OPTION', '2026-03-02', '2026-03-06', 2, '2026-03-05T10:00:00Z'),
    b('R1', 'CONFIRMED', '2026-03-02', '2026-03-13', 3),
    b('R4', 'OPTION', '2026-04-01', '2026-04-03', 5, '2026-03-04T10:00:00Z'),
  ];

  it('counts options (and the next to expire), confirmed, desks held today and the closed ones', () => {
    expect(summariseBookings(list, '2026-03-04')).toEqual({ options: 2, nextExpiry: '2026-03-04T10:00:00Z', confirmed: 1, desksToday: 5, optionDesksToday: true, closed: 1 });
  });

  it('lists by first day then reference, one status or all', () => {
    expect(shownBookings(list, '').map((x) => x.reference)).toEqual(['R3', 'R1', 'R2', 'R4']);
    expect(shownBookings(list, 'OPTION').map((x) => x.reference)).toEqual(['R2', 'R4']);
  });

  it('reads last month to three months ahead by default, at most a year', () => {
    expect(defaultListPeriod('2026-03-04')).toEqual({ from: '2026-02-01', to: '2026-06-30' });
    expect(periodProblem('2026-03-04', '2026-03-01')).toBe('badRange');
    expect(periodProblem('2026-01-01', '2027-01-02')).toBe('tooLong');
    expect(periodProblem('2026-01-01', '2026-12-31')).toBeNull();
  });

  it('writes runs of desks as ranges and counts both ends of a booking', () => {
    expect(compactDeskCodes(['A03', 'A01', 'A02', 'A04', 'B10', 'B2', 'C01', 'C02'])).toBe('A01–A04, B2, B10, C01, C02');
    expect(countDays('2026-03-02', '2026-03-06')).toBe(5);
    expect(countDays('2026-03-27', '2026-03-30')).toBe(4); // across the change to summer time
  });
});
