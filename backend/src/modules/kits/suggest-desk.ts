export interface PlacedDesk {
  id: string;
  code: string;
  zone: string;
  x: number;
  y: number;
  /** Its site: a move never leaves it (absent: one site). */
  siteId?: string;
}

/**
 * The desk to offer when a booking must leave `from`: among `candidates` of its site (free and bookable
 * over the days to move), one in the same zone first, then the nearest on the floor plan;
 * ties by code. Null when there is none.
 */
export function suggestDesk<D extends PlacedDesk>(from: PlacedDesk, candidates: readonly D[]): D | null {
  let best: D | null = null;
  let bestKey: [number, number, string] | null = null;
  for (const desk of candidates) {
    if (desk.id === from.id || desk.siteId !== from.siteId) continue;
    const key: [number, number, string] = [desk.zone === from.zone ? 0 : 1, Math.hypot(desk.x - from.x, desk.y - from.y), desk.code];
    if (!bestKey || compare(key, bestKey) < 0) {
      best = desk;
      bestKey = key;
    }
  }
  return best;
}

function compare(a: [number, number, string], b: [number, number, string]): number {
  if (a[0] !== b[0]) return a[0] - b[0];
  if (Math.abs(a[1] - b[1]) > 1e-9) return a[1] - b[1];
  return a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0;
}

/** A stretch of a booking to move off a desk, and the days a desk is already held. */
interface Span {
  deskId: string;
  first: string;
  last: string;
}

/**
 * A desk to offer each move, in order: bookable, held by no live booking on any of its days
 * (`holds`), and not already offered to an earlier move sharing a day, so that two
 * overlapping bookings are never sent to the same desk. Null where nothing is free.
 */
export function suggestDesks<D extends PlacedDesk & { bookable: boolean }>(moves: readonly Span[], desks: readonly D[], holds: readonly Span[]): Array<D | null> {
  const byId = new Map(desks.map((d) => [d.id, d]));
  const taken: Span[] = [...holds];
  return moves.map((move) => {
    const from = byId.get(move.deskId);
    if (!from) return null;
    const free = desks.filter((d) => d.bookable && !taken.some((t) => t.deskId === d.id && t.first <= move.last && move.first <= t.last));
    const chosen = suggestDesk(from, free);
    if (chosen) taken.push({ deskId: chosen.id, first: move.first, last: move.last });
    return chosen;
  });
}
