import { formatNumber } from '../../ui';

const NBSP = '\u00a0';

/** Tonnes with one decimal from 1 t on ("12,3 t CO₂e"), kg below ("336,6 kg CO₂e"). */
export function formatCo2(kg: number, lang?: string): string {
  return Math.abs(kg) >= 1000 ? `${formatNumber(kg / 1000, 1, lang)}${NBSP}t CO₂e` : `${formatNumber(kg, 1, lang)}${NBSP}kg CO₂e`;
}

/** Tonnes only, for the headline: "532 t" → the number part "532". */
export function tonnes(kg: number, lang?: string): string {
  return formatNumber(kg / 1000, 1, lang);
}

/** A share 0–1 as "45,2 %". */
export function formatShare(share: number, lang?: string): string {
  return `${formatNumber(share * 100, 1, lang)}${NBSP}%`;
}

/** Road distance Paris – Angoulême, about 450 km by the A10 (an illustration, not a measured trip). */
export const PARIS_ANGOULEME_KM = 450;

/**
 * One unit for a whole column: tonnes with two decimals when any value reaches a tonne,
 * kg otherwise, so that figures in a column compare at a glance.
 */
export function columnFormatter(values: number[], lang?: string): (kg: number) => string {
  const inTonnes = values.some((v) => Math.abs(v) >= 1000);
  return inTonnes ? (kg) => `${formatNumber(kg / 1000, 2, lang)}${NBSP}t` : (kg) => `${formatNumber(kg, 1, lang)}${NBSP}kg`;
}

/** The value a figure was computed with, by the assumption's key. */
export function assumptionValue(assumptions: ReadonlyArray<{ key: string; value: number }>, key: string): number | undefined {
  return assumptions.find((a) => a.key === key)?.value;
}
