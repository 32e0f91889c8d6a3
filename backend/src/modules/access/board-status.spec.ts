import { boardStatus, BoardStatus, DeskDayFacts } from './board-status.js';

const base: DeskDayFacts = { date: '2026-03-04', today: '2026-03-04', pastCutoff: false, siteOpen: true, kitOperational: true, assigned: true, checkIn: null };

describe('boardStatus', () => {
  it('expects an assigned person today until the cutoff, then marks a no-show', () => {
    expect(boardStatus(base)).toBe(BoardStatus.EXPECTED);
    expect(boardStatus({ ...base, pastCutoff: true })).toBe(BoardStatus.NO_SHOW);
    expect(boardStatus({ ...base, date: '2026-03-05' })).toBe(BoardStatus.EXPECTED);
    expect(boardStatus({ ...base, date: '2026-03-03' })).toBe(BoardStatus.NO_SHOW);
  });

  it('shows who is present and who left', () => {
    expect(boardStatus({ ...base, checkIn: { checkedOutAt: null } })).toBe(BoardStatus.PRESENT);
    expect(boardStatus({ ...base, checkIn: { checkedOutAt: new Date() } })).toBe(BoardStatus.LEFT);
    expect(boardStatus({ ...base, pastCutoff: true, checkIn: { checkedOutAt: null } })).toBe(BoardStatus.PRESENT);
    // Left open on a past day: the end-of-day job closes it, the board already shows it so.
    expect(boardStatus({ ...base, date: '2026-03-03', checkIn: { checkedOutAt: null } })).toBe(BoardStatus.LEFT);
  });

  it('is free when nobody is assigned, or the site is closed that day', () => {
    expect(boardStatus({ ...base, assigned: false })).toBe(BoardStatus.FREE);
    expect(boardStatus({ ...base, siteOpen: false })).toBe(BoardStatus.FREE);
  });

  it('shows maintenance from today on while the kit is down, but not on past days', () => {
    expect(boardStatus({ ...base, kitOperational: false })).toBe(BoardStatus.MAINTENANCE);
    expect(boardStatus({ ...base, assigned: false, kitOperational: false, date: '2026-03-09' })).toBe(BoardStatus.MAINTENANCE);
    expect(boardStatus({ ...base, kitOperational: false, date: '2026-03-03' })).toBe(BoardStatus.NO_SHOW);
  });

  it('shows maintenance on a desk whose kit went down after someone checked in there today', () => {
    expect(boardStatus({ ...base, kitOperational: false, checkIn: { checkedOutAt: null } })).toBe(BoardStatus.MAINTENANCE);
    expect(boardStatus({ ...base, kitOperational: false, checkIn: { checkedOutAt: new Date() } })).toBe(BoardStatus.MAINTENANCE);
    // A past day keeps what happened (kit history is not kept).
    expect(boardStatus({ ...base, date: '2026-03-03', kitOperational: false, checkIn: { checkedOutAt: null } })).toBe(BoardStatus.LEFT);
  });
});
