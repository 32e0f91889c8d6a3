import type { CSSProperties } from 'react';

/** A studio's colour: the bar's edge, its fill and its text. */
export interface StudioColor {
  solid: string;
  soft: string;
  text: string;
}

// Eight hues far apart on the wheel, so that studios side by side never look alike.
const PALETTE: StudioColor[] = [
  { solid: '#6366f1', soft: '#e0e7ff', text: '#3730a3' }, // indigo
  { solid: '#10b981', soft: '#d1fae5', text: '#065f46' }, // emerald
  { solid: '#f97316', soft: '#ffedd5', text: '#9a3412' }, // orange
  { solid: '#0ea5e9', soft: '#e0f2fe', text: '#075985' }, // sky
  { solid: '#f43f5e', soft: '#ffe4e6', text: '#9f1239' }, // rose
  { solid: '#84cc16', soft: '#ecfccb', text: '#3f6212' }, // lime
  { solid: '#d946ef', soft: '#fae8ff', text: '#86198f' }, // fuchsia
  { solid: '#eab308', soft: '#fef9c3', text: '#854d0e' }, // yellow
];

/** Another studio's block as a manager sees it: who holds it is not shown. */
export const RESERVED_COLOR: StudioColor = { solid: '#9ca3af', soft: '#eceef1', text: '#4b5563' };

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

/**
 * A colour per studio that does not change from one visit to the next: each id hashes to a
 * slot, and among the studios known together (sorted by id) a taken slot moves to the next
 * free one, so that up to eight studios never share a colour.
 */
export function studioPalette(studioIds: readonly string[]): (studioId: string) => StudioColor {
  const slots = new Map<string, number>();
  const taken = new Set<number>();
  for (const id of [...new Set(studioIds)].sort()) {
    let slot = hash(id) % PALETTE.length;
    for (let tries = 0; taken.has(slot) && tries < PALETTE.length; tries += 1) slot = (slot + 1) % PALETTE.length;
    taken.add(slot);
    slots.set(id, slot);
  }
  return (studioId) => PALETTE[slots.get(studioId) ?? hash(studioId) % PALETTE.length]!;
}

export function colorStyle(color: StudioColor): CSSProperties {
  return { '--bar-solid': color.solid, '--bar-soft': color.soft, '--bar-text': color.text } as CSSProperties;
}
