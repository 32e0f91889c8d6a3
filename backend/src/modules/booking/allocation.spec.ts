import { deskLayout } from '../../../../seeds/base/site-layout.js';
import { allocateDesks, connected, DeskSpot } from './allocation.js';

/** The real floor plan: zones A, B (windows) and C, D (courtyard), two facing rows of five. */
const ALL: DeskSpot[] = deskLayout().map((d) => ({ ...d, id: `id-${d.code}` }));
const only = (codes: string[]) => ALL.filter((d) => codes.includes(d.code));
const without = (codes: string[]) => ALL.filter((d) => !codes.includes(d.code));
const range = (zone: string, from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `${zone}${String(from + i).padStart(2, '0')}`);
const codes = (desks: DeskSpot[] | null) => desks?.map((d) => d.code) ?? null;

describe('desk allocation (team together)', () => {
  it('puts a team of 4 in an empty site as a 2×2 block of facing desks in zone A', () => {
    expect(codes(allocateDesks(ALL, 4))).toEqual(['A01', 'A02', 'A06', 'A07']);
  });

  it('grows a team of 6 into a 3×2 block', () => {
    expect(codes(allocateDesks(ALL, 6))).toEqual(['A01', 'A02', 'A03', 'A06', 'A07', 'A08']);
  });

  it('skips a zone that has too few free desks for the whole team', () => {
    const free = without(range('A', 1, 8));
    expect(codes(allocateDesks(free, 4))).toEqual(['B01', 'B02', 'B06', 'B07']);
  });

  it('prefers the fullest zone that still fits the team, keeping empty zones whole', () => {
    // Zone C has exactly 5 free desks side by side; A, B and D are empty.
    const free = without(range('C', 1, 5));
    expect(codes(allocateDesks(free, 4))).toEqual(['C06', 'C07', 'C08', 'C09']);
  });

  it('prefers desks that touch over a fuller zone whose free desks are scattered', () => {
    const scatteredA = ['A01', 'A03', 'A05', 'A08', 'A10'];
    const free = [...only(scatteredA), ...only(range('B', 1, 10))];
    expect(codes(allocateDesks(free, 4))).toEqual(['B01', 'B02', 'B06', 'B07']);
  });

  it('takes scattered desks of one zone when no zone has them together', () => {
    const free = only(['A01', 'A03', 'A05', 'A08', 'B01', 'B03', 'B05']);
    const chosen = allocateDesks(free, 4)!;
    expect(new Set(chosen.map((d) => d.zone))).toEqual(new Set(['A']));
    expect(connected(chosen)).toBe(false);
  });

  it('spills a team bigger than a zone into the nearest zone, nearest desks first, primary zone listed first', () => {
    // C lies 3.2 m from A's back row, B 3.6 m from A's right end.
    expect(codes(allocateDesks(ALL, 14))).toEqual([...range('A', 1, 10), 'C01', 'C02', 'C03', 'C04']);
  });

  it('uses as few zones as possible when spilling', () => {
    // A: 7 free, B: 6 free, C: 3 free, D: none. 12 desks fit in A + B (two zones).
    const free = [...only(range('A', 1, 7)), ...only(range('B', 5, 10)), ...only(range('C', 1, 3))];
    const chosen = allocateDesks(free, 12)!;
    expect(new Set(chosen.map((d) => d.zone))).toEqual(new Set(['A', 'B']));
    expect(codes(chosen)!.slice(0, 7)).toEqual(range('A', 1, 7));
  });

  it('chooses only among the desks given (free and bookable)', () => {
    const free = only(['D03', 'D04', 'D09']);
    expect(codes(allocateDesks(free, 3))).toEqual(['D03', 'D04', 'D09']);
  });

  it('answers null when fewer desks are free than asked, or for no desk at all', () => {
    expect(allocateDesks(only(['A01', 'A02']), 3)).toBeNull();
    expect(allocateDesks(ALL, 41)).toBeNull();
    expect(allocateDesks(ALL, 0)).toBeNull();
  });

  it('gives the whole site for 40 desks, each once', () => {
    const chosen = allocateDesks(ALL, 40)!;
    expect(new Set(chosen.map((d) => d.id)).size).toBe(40);
  });
});

describe('allocation across sites', () => {
  // Two sites with the same zone letters and the same floor positions: 3 free in A at the first, 3 in A at the second.
  const at = (siteId: string, code: string, x: number, y: number) => ({ id: `${siteId}-${code}`, code, zone: code[0], x, y, siteId });
  const first = ['A01', 'A02', 'A03'].map((c, i) => at('s1', c, 1.2 + i * 1.6, 1.2));
  const second = ['A01', 'A02', 'A03', 'B01'].map((c, i) => at('s2', c, 1.2 + i * 1.6, 1.2));

  it('never splits a team across two sites, even when the zone letters and positions match', () => {
    const chosen = allocateDesks([...first, ...second], 4)!;
    expect(new Set(chosen.map((d) => d.siteId))).toEqual(new Set(['s2']));
    expect(chosen).toHaveLength(4);
  });

  it('prefers the first site that holds the team in one zone', () => {
    expect(new Set(allocateDesks([...first, ...second], 3)!.map((d) => d.siteId))).toEqual(new Set(['s1']));
  });

  it('answers null when no site alone has room, though together they would', () => {
    expect(allocateDesks([...first, ...second], 5)).toBeNull();
  });
});
