/**
 * Picking N desks for a team (bookDesks with deskCount). Pure: it gets the desks that are
 * free on every day of the range and bookable, and answers which ones, in the order that
 * explains the choice (primary zone first, then the zone the team spills into).
 *
 * Keeping the team together means, in this order:
 *  1. one zone if any zone has room for the whole team;
 *     among those, desks that touch each other (side by side, facing or diagonal) beat
 *     scattered ones, then the zone with the fewest free desks that still fits (so the
 *     emptier zones stay whole for bigger teams), then the tightest group, then zone name;
 *  2. otherwise, the fewest zones: all the free desks of a zone, then the desks nearest to
 *     them in the closest zone that can take the rest of the team (else the closest), and so on; the plan whose first zone holds the most of the
 *     team wins, then the tightest.
 * Within a zone the group grows around a seed desk, each time taking the free desk nearest
 * to the group's centre, which gives blocks (2×2, 3×2…) rather than long lines.
 * A team never spans two sites: with desks of several sites (zone letters repeat from site to
 * site), the team goes to one site only, the first (in the order given) that fits it in one
 * zone, else the first that fits it at all.
 */
export interface DeskSpot {
  id: string;
  code: string;
  zone: string;
  /** Floor-plan position, metres (of its own site's room). */
  x: number;
  y: number;
  /** Its site (absent: one site). */
  siteId?: string;
}

/** Desks closer than this are neighbours (side by side 1.6 m, facing 1.8 m, diagonal ≈ 2.4 m). */
export const NEIGHBOUR_METRES = 2.5;

const dist = (a: Pick<DeskSpot, 'x' | 'y'>, b: Pick<DeskSpot, 'x' | 'y'>) => Math.hypot(a.x - b.x, a.y - b.y);
const byCode = (a: DeskSpot, b: DeskSpot) => a.code.localeCompare(b.code);

/** Sum of the distances between every two desks of the group, to the centimetre: smaller is tighter. */
export function spread(group: readonly DeskSpot[]): number {
  let total = 0;
  for (let i = 0; i < group.length; i++) for (let j = i + 1; j < group.length; j++) total += dist(group[i], group[j]);
  return Math.round(total * 100) / 100;
}

/** Whether every desk of the group can be reached from any other through neighbours. */
export function connected(group: readonly DeskSpot[]): boolean {
  if (group.length <= 1) return true;
  const seen = new Set([0]);
  const queue = [0];
  while (queue.length) {
    const i = queue.pop()!;
    group.forEach((d, j) => {
      if (!seen.has(j) && dist(group[i], d) <= NEIGHBOUR_METRES) {
        seen.add(j);
        queue.push(j);
      }
    });
  }
  return seen.size === group.length;
}

function centre(group: readonly DeskSpot[]) {
  return { x: group.reduce((s, d) => s + d.x, 0) / group.length, y: group.reduce((s, d) => s + d.y, 0) / group.length };
}

/** Grows a group of `count` desks from `seed`, always adding the free desk nearest to its centre. */
function growFrom(seed: DeskSpot, pool: readonly DeskSpot[], count: number): DeskSpot[] {
  const group = [seed];
  const rest = pool.filter((d) => d.id !== seed.id);
  while (group.length < count) {
    const c = centre(group);
    rest.sort((a, b) => dist(a, c) - dist(b, c) || byCode(a, b));
    group.push(rest.shift()!);
  }
  return group;
}

interface Candidate {
  desks: DeskSpot[];
  connected: boolean;
  spread: number;
}

/** The best group of `count` desks among `pool` (all of one zone). */
function bestGroup(pool: readonly DeskSpot[], count: number): Candidate {
  let best: Candidate | null = null;
  for (const seed of [...pool].sort(byCode)) {
    const desks = growFrom(seed, pool, count);
    const candidate = { desks, connected: connected(desks), spread: spread(desks) };
    if (!best || (candidate.connected && !best.connected) || (candidate.connected === best.connected && candidate.spread < best.spread)) best = candidate;
  }
  return best!;
}

function groupByZone(desks: readonly DeskSpot[]): Map<string, DeskSpot[]> {
  const zones = new Map<string, DeskSpot[]>();
  for (const d of [...desks].sort(byCode)) zones.set(d.zone, [...(zones.get(d.zone) ?? []), d]);
  return zones;
}

/** All of `primary`'s desks, then the nearest desks of the nearest zones until `count`. */
function spillPlan(primary: string, zones: Map<string, DeskSpot[]>, count: number): { desks: DeskSpot[]; zones: number; primary: number } {
  const chosen = [...zones.get(primary)!];
  const blocks = [chosen.slice()];
  const left = new Map([...zones].filter(([z]) => z !== primary));
  const gap = (d: DeskSpot) => Math.min(...chosen.map((c) => dist(c, d)));
  while (chosen.length < count && left.size) {
    // The closest zone that can take everyone left (else the closest), then its desks nearest to the group.
    const need = count - chosen.length;
    const [zone, pool] = [...left].sort(
      ([za, a], [zb, b]) => Number(b.length >= need) - Number(a.length >= need) || Math.min(...a.map(gap)) - Math.min(...b.map(gap)) || za.localeCompare(zb),
    )[0];
    left.delete(zone);
    const block: DeskSpot[] = [];
    const rest = [...pool];
    while (chosen.length < count && rest.length) {
      rest.sort((a, b) => gap(a) - gap(b) || byCode(a, b));
      const next = rest.shift()!;
      chosen.push(next);
      block.push(next);
    }
    blocks.push(block);
  }
  return { desks: blocks.flatMap((b) => b.sort(byCode)), zones: blocks.length, primary: blocks[0].length };
}

/**
 * `count` desks among `free` (free on every day and bookable), team together; null when
 * fewer than `count` are free.
 */
export function allocateDesks(free: readonly DeskSpot[], count: number): DeskSpot[] | null {
  if (count < 1 || free.length < count) return null;
  const sites = new Map<string, DeskSpot[]>();
  for (const d of free) sites.set(d.siteId ?? '', [...(sites.get(d.siteId ?? '') ?? []), d]);
  if (sites.size === 1) return allocateInSite(free, count);
  const plans = [...sites.values()].map((desks) => allocateInSite(desks, count)).filter((p): p is DeskSpot[] => p !== null);
  return plans.find((p) => new Set(p.map((d) => d.zone)).size === 1) ?? plans[0] ?? null;
}

/** `count` desks among `free`, all of one site. */
function allocateInSite(free: readonly DeskSpot[], count: number): DeskSpot[] | null {
  if (free.length < count) return null;
  const zones = groupByZone(free);
  const fitting = [...zones].filter(([, desks]) => desks.length >= count);
  if (fitting.length) {
    const ranked = fitting
      .map(([zone, desks]) => ({ zone, free: desks.length, ...bestGroup(desks, count) }))
      .sort((a, b) => Number(b.connected) - Number(a.connected) || a.free - b.free || a.spread - b.spread || a.zone.localeCompare(b.zone));
    return ranked[0].desks.sort(byCode);
  }
  const plans = [...zones.keys()]
    .map((zone) => ({ zone, ...spillPlan(zone, zones, count) }))
    .filter((p) => p.desks.length === count)
    .sort((a, b) => a.zones - b.zones || b.primary - a.primary || spread(a.desks) - spread(b.desks) || a.zone.localeCompare(b.zone));
  return plans[0]?.desks ?? null;
}
