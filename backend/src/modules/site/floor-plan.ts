/**
 * Desk codes and floor positions of a new site, in the scheme of the first site (seeds/base):
 * zones side by side two per row of the room (10 m apart across, 5 m down), and in each zone
 * facing rows of five desks, 1.6 m apart along a row and 1.8 m between facing rows; codes are
 * the zone letter and the desk's number in the zone (A01, A02 …), unique within the site.
 */
export interface PlannedDesk {
  code: string;
  zone: string;
  x: number;
  y: number;
}

export const DESKS_PER_ROW = 5;
const ZONE_ORIGIN = { x: 1.2, y: 1.2 };
const ZONE_STEP = { x: 10, y: 5 };
const DESK_STEP = { x: 1.6, y: 1.8 };
const round1 = (n: number) => Math.round(n * 10) / 10;

export function floorPlan(zones: ReadonlyArray<{ name: string; desks: number }>): PlannedDesk[] {
  // A zone of more than ten desks takes the depth of several zones: rows below it move down.
  let rowTop = ZONE_ORIGIN.y;
  const out: PlannedDesk[] = [];
  for (let i = 0; i < zones.length; i += 2) {
    const pair = zones.slice(i, i + 2);
    let deepest = 0;
    pair.forEach((zone, side) => {
      for (let n = 0; n < zone.desks; n++) {
        const row = Math.floor(n / DESKS_PER_ROW);
        out.push({
          code: `${zone.name}${String(n + 1).padStart(2, '0')}`,
          zone: zone.name,
          x: round1(ZONE_ORIGIN.x + side * ZONE_STEP.x + (n % DESKS_PER_ROW) * DESK_STEP.x),
          y: round1(rowTop + row * DESK_STEP.y),
        });
      }
      deepest = Math.max(deepest, Math.ceil(zone.desks / DESKS_PER_ROW));
    });
    rowTop = round1(rowTop + Math.max(ZONE_STEP.y, Math.ceil(deepest / 2) * ZONE_STEP.y));
  }
  return out;
}
