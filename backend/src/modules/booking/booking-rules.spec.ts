import { deskConflicts, desksGainingDays, limitBreach, planBookingRows, planDeskMove, PlannedRow, rangeProblem } from './booking-rules.js';

const row = (deskId: string, first: string, last: string, position = 0): PlannedRow => ({ deskId, first, last, position });

describe('booking rules', () => {
  describe('rangeProblem', () => {
    it('refuses reversed dates and ranges over 366 days, accepts one day and exactly 366', () => {
      expect(rangeProblem('2026-03-10', '2026-03-09')).toMatch(/before/);
      expect(rangeProblem('2026-03-10', '2026-03-10')).toBeNull();
      expect(rangeProblem('2026-01-01', '2027-01-01')).toBeNull(); // 366 days
      expect(rangeProblem('2026-01-01', '2027-01-02')).toMatch(/366/);
    });
  });

  describe('deskConflicts', () => {
    it('names the shared desk-days only', () => {
      const holds = [
        { ...row('A01', '2026-03-12', '2026-03-20'), bookingId: 'x' },
        { ...row('A02', '2026-03-01', '2026-03-09'), bookingId: 'y' },
        { ...row('A03', '2026-03-10', '2026-03-10'), bookingId: 'z' },
      ];
      const found = deskConflicts([row('A01', '2026-03-09', '2026-03-13'), row('A02', '2026-03-10', '2026-03-13'), row('A03', '2026-03-09', '2026-03-13')], holds);
      expect(found.map((c) => [c.deskId, c.from, c.to, c.bookingId])).toEqual([
        ['A03', '2026-03-10', '2026-03-10', 'z'],
        ['A01', '2026-03-12', '2026-03-13', 'x'],
      ]);
    });
  });

  describe('limitBreach', () => {
    it('counts the studio\'s other holds and the planned rows day by day', () => {
      const held = [row('A01', '2026-03-01', '2026-03-10'), row('A02', '2026-03-05', '2026-03-06')];
      const planned = [row('B01', '2026-03-06', '2026-03-08'), row('B02', '2026-03-06', '2026-03-08')];
      expect(limitBreach(held, planned, 4)).toBeNull();
      expect(limitBreach(held, planned, 3)).toEqual({ day: '2026-03-06', held: 2, planned: 2 });
    });

    it('ignores days the plan does not touch', () => {
      const held = [row('A01', '2026-03-01', '2026-03-02'), row('A02', '2026-03-01', '2026-03-02')];
      expect(limitBreach(held, [row('B01', '2026-03-03', '2026-03-04')], 2)).toBeNull();
    });
  });

  describe('planBookingRows', () => {
    const current = [row('A01', '2026-03-09', '2026-03-13', 0), row('A02', '2026-03-09', '2026-03-13', 1)];

    it('extends and shortens every desk with the dates', () => {
      expect(planBookingRows({ current, oldStart: '2026-03-09', oldEnd: '2026-03-13', newStart: '2026-03-10', newEnd: '2026-03-20' })).toEqual([
        row('A01', '2026-03-10', '2026-03-20', 0),
        row('A02', '2026-03-10', '2026-03-20', 1),
      ]);
    });

    it('keeps a row a kit swap cut short cut, and the desk that took over follows the end', () => {
      const swapped = [row('A01', '2026-03-09', '2026-03-10', 0), row('C05', '2026-03-11', '2026-03-13', 0)];
      expect(planBookingRows({ current: swapped, oldStart: '2026-03-09', oldEnd: '2026-03-13', newStart: '2026-03-09', newEnd: '2026-03-17' })).toEqual([
        row('A01', '2026-03-09', '2026-03-10', 0),
        row('C05', '2026-03-11', '2026-03-17', 0),
      ]);
    });

    it('gives the whole range to the new desk list, in its order', () => {
      expect(planBookingRows({ current, oldStart: '2026-03-09', oldEnd: '2026-03-13', newStart: '2026-03-09', newEnd: '2026-03-13', deskIds: ['B03', 'A02'] })).toEqual([
        row('B03', '2026-03-09', '2026-03-13', 0),
        row('A02', '2026-03-09', '2026-03-13', 1),
      ]);
    });

    it('keeps the days already past on their desks when the change starts today', () => {
      const planned = planBookingRows({ current, oldStart: '2026-03-09', oldEnd: '2026-03-13', newStart: '2026-03-09', newEnd: '2026-03-13', deskIds: ['A01', 'B03'], rewriteFrom: '2026-03-11' });
      expect(planned).toEqual([row('A01', '2026-03-09', '2026-03-13', 0), row('A02', '2026-03-09', '2026-03-10', 1), row('B03', '2026-03-11', '2026-03-13', 1)]);
    });
  });

  describe('desksGainingDays', () => {
    it('lists desks that hold a day they did not hold before', () => {
      const before = [row('A01', '2026-03-09', '2026-03-13'), row('A02', '2026-03-09', '2026-03-13')];
      expect(desksGainingDays(before, [row('A01', '2026-03-10', '2026-03-12'), row('A02', '2026-03-09', '2026-03-14'), row('B01', '2026-03-09', '2026-03-09')])).toEqual(['A02', 'B01']);
    });
  });

  describe('planDeskMove', () => {
    const current = [row('A01', '2026-03-09', '2026-03-13', 0), row('A02', '2026-03-09', '2026-03-13', 1)];

    it('moves the days from the move on to the new desk, past days staying, rank kept', () => {
      expect(planDeskMove(current, 'A01', 'C04', '2026-03-11')).toEqual({
        planned: [row('A01', '2026-03-09', '2026-03-10', 0), row('C04', '2026-03-11', '2026-03-13', 0), row('A02', '2026-03-09', '2026-03-13', 1)],
        moved: [row('C04', '2026-03-11', '2026-03-13', 0)],
      });
    });

    it('moves a row that starts later whole, and nothing of a row already over', () => {
      expect(planDeskMove(current, 'A02', 'C04', '2026-03-02').planned).toEqual([row('A01', '2026-03-09', '2026-03-13', 0), row('C04', '2026-03-09', '2026-03-13', 1)]);
      expect(planDeskMove(current, 'A02', 'C04', '2026-03-16')).toEqual({ planned: current, moved: [] });
      expect(planDeskMove(current, 'B01', 'C04', '2026-03-10').moved).toEqual([]);
    });

    it('joins the moved days to the new desk when the booking held it just before', () => {
      const swapped = [row('A01', '2026-03-09', '2026-03-10', 0), row('C05', '2026-03-11', '2026-03-13', 0)];
      expect(planDeskMove(swapped, 'C05', 'A01', '2026-03-11').planned).toEqual([row('A01', '2026-03-09', '2026-03-13', 0)]);
    });
  });
});
