import { describe, expect, it } from 'vitest';
import { crewStudios, exportFileName, occupancyTotal, shiftDay, shiftMonth } from '../crew-format';

describe('crew', () => {
  it('names the GDPR export after the person, accents and spaces out', () => {
    expect(exportFileName('Léa Martin-Dubois')).toBe('donnees-lea-martin-dubois.json');
    expect(exportFileName('Chloé Ö. Nguyễn')).toBe('donnees-chloe-o-nguyen.json');
  });

  it('moves the board a day and the occupancy a month at a time, across years', () => {
    expect(shiftDay('2026-12-31', 1)).toBe('2027-01-01');
    expect(shiftDay('2026-03-01', -1)).toBe('2026-02-28');
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
  });

  it('totals the month over studios, the rate being desk-days used over desk-days booked', () => {
    const lines = [
      { bookedDeskDays: 40, assignedDeskDays: 30, checkedInDeskDays: 24, noShowDeskDays: 6 },
      { bookedDeskDays: 10, assignedDeskDays: 10, checkedInDeskDays: 10, noShowDeskDays: 0 },
    ];
    expect(occupancyTotal(lines)).toEqual({ booked: 50, assigned: 40, used: 34, noShow: 6, rate: 0.68 });
    expect(occupancyTotal([]).rate).toBe(0);
  });

  it('lists the studios of a directory once each, by name, the manager’s own included', () => {
    const members = [{ studio: { id: 's2', name: 'Pixel Charente' } }, { studio: { id: 's1', name: 'Brume Games' } }, { studio: { id: 's2', name: 'Pixel Charente' } }];
    expect(crewStudios(members, { id: 's3', name: 'Lune Rousse' })).toEqual([
      { id: 's1', name: 'Brume Games' },
      { id: 's3', name: 'Lune Rousse' },
      { id: 's2', name: 'Pixel Charente' },
    ]);
  });
});
