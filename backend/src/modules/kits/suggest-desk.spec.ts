import { suggestDesk } from './suggest-desk.js';

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
