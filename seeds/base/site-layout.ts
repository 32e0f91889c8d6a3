/**
 * The 200 m² room (20 m × 10 m) with four zones of ten desks: A and B along the windows,
 * C and D on the courtyard side, each zone two facing rows of five desks.
 */
export const ROOM = { widthM: 20, depthM: 10 } as const;
export const ZONES = ['A', 'B', 'C', 'D'] as const;

export interface DeskLayout {
  code: string;
  zone: string;
  x: number;
  y: number;
}

const ZONE_ORIGIN: Record<string, { x: number; y: number }> = {
  A: { x: 1.2, y: 1.2 },
  B: { x: 11.2, y: 1.2 },
  C: { x: 1.2, y: 6.2 },
  D: { x: 11.2, y: 6.2 },
};

export function deskLayout(): DeskLayout[] {
  return ZONES.flatMap((zone) =>
    Array.from({ length: 10 }, (_, i) => {
      const row = i < 5 ? 0 : 1;
      const col = i % 5;
      const origin = ZONE_ORIGIN[zone];
      return {
        code: `${zone}${String(i + 1).padStart(2, '0')}`,
        zone,
        x: Math.round((origin.x + col * 1.6) * 10) / 10,
        y: Math.round((origin.y + row * 1.8) * 10) / 10,
      };
    }),
  );
}
