import { useMemo, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { deskState, type Desk } from './desk-status';

/** The room, in metres (SPEC: 200 m², 20 m × 10 m). */
export const ROOM = { width: 20, depth: 10 } as const;
const S = 48; // pixels per metre in the drawing
const PAD = 30; // room for the wall labels around the room
const DESK_W = 1.44;
const DESK_D = 0.84;

const px = (m: number) => m * S;

interface ZoneBox { zone: string; x: number; y: number; w: number; h: number }

function zoneBoxes(desks: readonly Desk[]): ZoneBox[] {
  const byZone = new Map<string, Desk[]>();
  for (const d of desks) byZone.set(d.zone, [...(byZone.get(d.zone) ?? []), d]);
  return [...byZone.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([zone, list]) => {
      const xs = list.map((d) => d.x);
      const ys = list.map((d) => d.y);
      const x = Math.max(0.25, Math.min(...xs) - DESK_W / 2 - 0.45);
      const y = Math.max(0.25, Math.min(...ys) - DESK_D / 2 - 0.75);
      const right = Math.min(ROOM.width - 0.25, Math.max(...xs) + DESK_W / 2 + 0.45);
      const bottom = Math.min(ROOM.depth - 0.25, Math.max(...ys) + DESK_D / 2 + 0.75);
      return { zone, x, y, w: right - x, h: bottom - y };
    });
}

/** The entrance opens on the central aisle: midway between the two lower zones. */
function entranceX(zones: ZoneBox[]): number {
  const lower = zones.filter((z) => z.y > ROOM.depth / 3).sort((a, b) => a.x - b.x);
  if (lower.length < 2) return ROOM.width / 2;
  return (lower[0].x + lower[0].w + lower[1].x) / 2;
}

function DeskShape({ desk, selected, label, onSelect, facingDown }: {
  desk: Desk;
  selected: boolean;
  label: string;
  onSelect: (desk: Desk) => void;
  facingDown: boolean;
}) {
  const state = deskState(desk);
  const cx = px(desk.x);
  const cy = px(desk.y);
  const w = px(DESK_W);
  const d = px(DESK_D);
  const chairY = facingDown ? cy - d / 2 - 9 : cy + d / 2 + 9;
  const screenY = facingDown ? cy + d / 2 - 8 : cy - d / 2 + 5;
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onSelect(desk);
    }
  };
  return (
    <g
      className={['desk', `desk--${state.toLowerCase()}`, !desk.bookable && 'desk--blocked', selected && 'desk--selected'].filter(Boolean).join(' ')}
      role="button"
      tabIndex={0}
      aria-label={label}
      aria-pressed={selected}
      data-desk={desk.code}
      data-state={state}
      onClick={() => onSelect(desk)}
      onKeyDown={onKeyDown}
    >
      <title>{label}</title>
      <ellipse className="desk__chair" cx={cx} cy={chairY} rx={9} ry={7} />
      <rect className="desk__top" x={cx - w / 2} y={cy - d / 2} width={w} height={d} rx={6} />
      {!desk.bookable && <rect className="desk__hatch" x={cx - w / 2} y={cy - d / 2} width={w} height={d} rx={6} />}
      <rect className="desk__screen" x={cx - 17} y={screenY} width={14} height={3} rx={1.5} />
      <rect className="desk__screen" x={cx + 3} y={screenY} width={14} height={3} rx={1.5} />
      <circle className="desk__dot" cx={cx + w / 2 - 9} cy={facingDown ? cy - d / 2 + 9 : cy + d / 2 - 9} r={4.5} />
      <text className="desk__code" x={cx} y={cy + (facingDown ? -2 : 4)} textAnchor="middle" dominantBaseline="middle">
        {desk.code}
      </text>
    </g>
  );
}

/** The room drawn to scale, with its zones and every desk at its position. */
export function FloorPlan({ desks, selectedId, onSelect, describe }: {
  desks: readonly Desk[];
  selectedId: string | null;
  onSelect: (desk: Desk) => void;
  /** The accessible label of a desk (code, zone, state). */
  describe: (desk: Desk) => string;
}) {
  const { t } = useTranslation('site');
  const zones = useMemo(() => zoneBoxes(desks), [desks]);
  // In each zone, the first row faces down (chairs on the aisle behind), the second faces up.
  const firstRowY = useMemo(() => {
    const map = new Map<string, number>();
    for (const d of desks) map.set(d.zone, Math.min(map.get(d.zone) ?? Infinity, d.y));
    return map;
  }, [desks]);

  const W = px(ROOM.width);
  const H = px(ROOM.depth);
  const doorX = px(entranceX(zones));
  const doorW = px(0.9);

  return (
    <svg
      className="floor-plan"
      viewBox={`${-PAD} ${-PAD} ${W + PAD * 2} ${H + PAD * 2}`}
      role="group"
      aria-label={t('floorPlan.planLabel', { width: ROOM.width, depth: ROOM.depth, count: desks.length })}
    >
      <defs>
        <pattern id="grid-m" width={S} height={S} patternUnits="userSpaceOnUse">
          <path d={`M ${S} 0 L 0 0 0 ${S}`} className="floor-plan__grid" />
        </pattern>
        <pattern id="hatch" width={7} height={7} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <line x1={0} y1={0} x2={0} y2={7} className="floor-plan__hatch-line" />
        </pattern>
      </defs>

      <rect className="floor-plan__floor" x={0} y={0} width={W} height={H} />
      <rect x={0} y={0} width={W} height={H} fill="url(#grid-m)" />

      {zones.map((z) => (
        <g key={z.zone} className={`zone zone--${z.zone.toLowerCase()}`}>
          <rect className="zone__area" x={px(z.x)} y={px(z.y)} width={px(z.w)} height={px(z.h)} rx={12} />
          <text className="zone__label" x={px(z.x) + 12} y={px(z.y + z.h) - 10}>{t('floorPlan.zone', { zone: z.zone })}</text>
        </g>
      ))}

      {/* Walls: windows along the top, the courtyard side below with the entrance in the middle. */}
      <rect className="floor-plan__wall" x={0} y={0} width={W} height={H} rx={4} />
      {[0.1, 0.3, 0.5, 0.7, 0.9].map((f) => (
        <line key={f} className="floor-plan__window" x1={W * f - px(1.4)} y1={0} x2={W * f + px(1.4)} y2={0} />
      ))}
      <line className="floor-plan__door-gap" x1={doorX - doorW / 2} y1={H} x2={doorX + doorW / 2} y2={H} />
      <line className="floor-plan__door-leaf" x1={doorX - doorW / 2} y1={H} x2={doorX - doorW / 2} y2={H - doorW} />
      <path className="floor-plan__door" d={`M ${doorX - doorW / 2} ${H - doorW} A ${doorW} ${doorW} 0 0 1 ${doorX + doorW / 2} ${H}`} />
      <text className="floor-plan__caption" x={W / 2} y={-14} textAnchor="middle">{t('floorPlan.windows')}</text>
      <text className="floor-plan__caption" x={px(3)} y={H + 22} textAnchor="middle">{t('floorPlan.courtyard')}</text>
      <text className="floor-plan__caption floor-plan__caption--strong" x={doorX} y={H + 22} textAnchor="middle">{t('floorPlan.entrance')}</text>

      {/* Scale bar: 2 m */}
      <g className="floor-plan__scale" transform={`translate(${W - px(2) - 4}, ${H + 16})`}>
        <line x1={0} y1={0} x2={px(2)} y2={0} />
        <line x1={0} y1={-4} x2={0} y2={4} />
        <line x1={px(2)} y1={-4} x2={px(2)} y2={4} />
        <text x={px(1)} y={16} textAnchor="middle">{t('floorPlan.scale', { meters: 2 })}</text>
      </g>

      {desks.map((desk) => (
        <DeskShape
          key={desk.id}
          desk={desk}
          selected={desk.id === selectedId}
          label={describe(desk)}
          onSelect={onSelect}
          facingDown={desk.y === firstRowY.get(desk.zone)}
        />
      ))}
    </svg>
  );
}
