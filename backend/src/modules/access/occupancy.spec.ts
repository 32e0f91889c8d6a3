import { computeOccupancy } from './occupancy.js';

// March 2026: 22 weekdays, no holiday.
const calendar = { openWeekdays: [1, 2, 3, 4, 5], closures: new Set<string>() };
const base = { from: '2026-03-01', to: '2026-03-31', today: '2026-03-11', calendar };

describe('computeOccupancy', () => {
  it('counts booked desk-days on open days within the month only', () => {
    const [s] = computeOccupancy({
      ...base,
      booked: [
        { studioId: 's1', deskId: 'A01', days: '[2026-02-23,2026-03-07)' }, // 2 → 6 March: 5 open days in March
        { studioId: 's1', deskId: 'A02', days: '[2026-03-30,2026-04-11)' }, // 30, 31 March
      ],
      assigned: [],
      checkIns: [],
    });
    expect(s).toMatchObject({ studioId: 's1', bookedDeskDays: 7, checkedInDeskDays: 0, rate: 0 });
  });

  it('sets check-ins against bookings and counts past assigned days without one as no-shows', () => {
    const [s] = computeOccupancy({
      ...base,
      booked: [{ studioId: 's1', deskId: 'A01', days: '[2026-03-09,2026-03-14)' }], // Mon 9 → Fri 13: 5
      assigned: [{ studioId: 's1', crewMemberId: 'c1', deskId: 'A01', days: '[2026-03-09,2026-03-14)' }],
      checkIns: [
        { studioId: 's1', crewMemberId: 'c1', deskId: 'A01', day: '2026-03-09' },
        { studioId: 's1', crewMemberId: 'c1', deskId: 'A01', day: '2026-03-11' },
      ],
    });
    // 9 and 11 came; 10 is a past no-show; 12 and 13 are still ahead.
    expect(s).toEqual({ studioId: 's1', bookedDeskDays: 5, assignedDeskDays: 5, checkedInDeskDays: 2, noShowDeskDays: 1, rate: 0.4 });
  });

  it('keeps studios apart', () => {
    const rows = computeOccupancy({
      ...base,
      booked: [
        { studioId: 's1', deskId: 'A01', days: '[2026-03-09,2026-03-10)' },
        { studioId: 's2', deskId: 'B01', days: '[2026-03-09,2026-03-11)' },
      ],
      assigned: [],
      checkIns: [{ studioId: 's2', crewMemberId: 'c9', deskId: 'B01', day: '2026-03-09' }],
    });
    expect(rows.find((r) => r.studioId === 's1')).toMatchObject({ bookedDeskDays: 1, checkedInDeskDays: 0 });
    expect(rows.find((r) => r.studioId === 's2')).toMatchObject({ bookedDeskDays: 2, checkedInDeskDays: 1, rate: 0.5 });
  });
});
