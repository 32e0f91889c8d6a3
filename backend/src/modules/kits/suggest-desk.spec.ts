import { suggestDesk, suggestDesks } from './suggest-desk.js';

const desk = (code: string, x: number, y: number) => ({ id: code, code, zone: code[0], x, y });

describe('suggestDesk', () => {
  const a01 = desk('A01', 1, 1);

  it('prefers a desk in the same zone, even when one of another zone is nearer', () => {
    const b01 = desk('B01', 1.5, 1);
    const a05 = desk('A05', 6, 1);
    expect(suggestDesk(a01, [b01, a05])?.code).toBe('A05');
  });

  it('takes the nearest within the zone, then the lowest code on a tie', () => {
    expect(suggestDesk(a01, [desk('A04', 4, 1), desk('A02', 2, 1), desk('A03', 3, 1)])?.code).toBe('A02');
    expect(suggestDesk(a01, [desk('A03', 1, 3), desk('A02', 3, 1)])?.code).toBe('A02');
  });

  it('falls back to the nearest desk of another zone, never the desk itself, null when nothing is free', () => {
    expect(suggestDesk(a01, [a01, desk('C01', 10, 1), desk('B01', 1, 5)])?.code).toBe('B01');
    expect(suggestDesk(a01, [a01])).toBeNull();
    expect(suggestDesk(a01, [])).toBeNull();
  });
});

describe('suggestDesks', () => {
  const desks = [desk('A01', 1, 1), desk('A02', 2, 1), desk('A03', 3, 1), desk('A04', 4, 1)].map((d) => ({ ...d, bookable: d.code !== 'A01' }));
  const move = (deskId: string, first: string, last: string) => ({ deskId, first, last });

  it('never offers one desk to two moves sharing a day, nor a desk a live booking holds', () => {
    const moves = [move('A01', '2026-06-15', '2026-06-19'), move('A01', '2026-06-18', '2026-06-22'), move('A01', '2026-06-22', '2026-06-24')];
    const held = [move('A02', '2026-06-22', '2026-06-22')];
    // The first takes A02; the second shares 18–19 June with it: A03; the third shares 22 June with the
    // second (A03) and with the booking on A02: A04.
    expect(suggestDesks(moves, desks, held).map((d) => d?.code)).toEqual(['A02', 'A03', 'A04']);
  });

  it('offers the same desk again to moves that share no day, and nothing when every desk is taken', () => {
    expect(suggestDesks([move('A01', '2026-06-15', '2026-06-16'), move('A01', '2026-06-17', '2026-06-18')], desks, []).map((d) => d?.code)).toEqual(['A02', 'A02']);
    const full = ['A02', 'A03', 'A04'].map((id) => move(id, '2026-06-01', '2026-06-30'));
    expect(suggestDesks([move('A01', '2026-06-15', '2026-06-16')], desks, full)).toEqual([null]);
  });
});
