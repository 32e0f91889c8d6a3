import { deskLayout } from '../../../../seeds/base/site-layout.js';
import { floorPlan } from './floor-plan.js';

describe('floor plan of a new site', () => {
  it('gives four zones of ten the seeded site’s codes and positions', () => {
    const plan = floorPlan(['A', 'B', 'C', 'D'].map((name) => ({ name, desks: 10 })));
    expect(plan).toEqual(deskLayout());
  });

  it('numbers each zone from 01 and never puts two desks on one spot', () => {
    const plan = floorPlan([{ name: 'A', desks: 8 }, { name: 'B', desks: 8 }, { name: 'C', desks: 8 }]);
    expect(plan.map((d) => d.code).filter((c) => c.startsWith('C'))).toEqual(['C01', 'C02', 'C03', 'C04', 'C05', 'C06', 'C07', 'C08']);
    expect(new Set(plan.map((d) => `${d.x},${d.y}`)).size).toBe(24);
    expect(new Set(plan.map((d) => d.code)).size).toBe(24);
  });

  it('moves the next zones down below a deep zone', () => {
    const plan = floorPlan([{ name: 'A', desks: 25 }, { name: 'B', desks: 2 }, { name: 'C', desks: 1 }]);
    const lowestA = Math.max(...plan.filter((d) => d.zone === 'A').map((d) => d.y));
    expect(plan.find((d) => d.code === 'C01')!.y).toBeGreaterThan(lowestA);
  });
});
