import { describe, expect, it } from 'vitest';
import { centsToText, formatDateTime, formatDay, formatKgCo2e, formatLongDay, formatMoney, formatMonth, formatNumber, formatShortDate, formatTime, parseEuros } from '../format';

const NBSP = '\u00a0';

describe('money', () => {
  it('reads French amounts with a decimal comma and a no-break space before the euro sign', () => {
    expect(formatMoney(90_000)).toBe(`900,00${NBSP}€`);
    expect(formatMoney(123_450)).toBe(`1${NBSP}234,50${NBSP}€`);
    expect(formatMoney(5)).toBe(`0,05${NBSP}€`);
    expect(formatMoney(-4_500)).toBe(`-45,00${NBSP}€`);
  });

  it('never leaves the narrow no-break space Intl uses in French (amounts must match "1 234,50 €")', () => {
    expect(formatMoney(123_456_789)).not.toMatch(/\u202f/);
    expect(formatMoney(123_456_789)).toBe(`1${NBSP}234${NBSP}567,89${NBSP}€`);
  });

  it('reads English amounts the English way', () => {
    expect(formatMoney(123_450, 'en')).toBe('€1,234.50');
  });

  it('turns what a person types back into cents, without floating-point error', () => {
    expect(parseEuros('45')).toBe(4_500);
    expect(parseEuros('45,5')).toBe(4_550);
    expect(parseEuros('45.50 €')).toBe(4_550);
    expect(parseEuros(`1${NBSP}200,00`)).toBe(120_000);
    expect(parseEuros('0,07')).toBe(7);
    expect(parseEuros('19,99')).toBe(1_999); // 19.99 × 100 is 1998.9999… in floating point
    expect(parseEuros('45,555')).toBeNull();
    expect(parseEuros('-5')).toBeNull();
    expect(parseEuros('')).toBeNull();
    expect(centsToText(4_550)).toBe('45,50');
    expect(parseEuros(centsToText(120_007))).toBe(120_007);
  });

  it('gives an amount back as an English speaker types it, and reads it again', () => {
    expect(centsToText(4_550, 'en')).toBe('45.50');
    expect(centsToText(7, 'en')).toBe('0.07');
    expect(parseEuros(centsToText(120_007, 'en'))).toBe(120_007);
    expect(parseEuros(' 45,50 € ')).toBe(4_550);
  });
});

describe('numbers', () => {
  it('separates thousands with a no-break space in French, a comma in English', () => {
    expect(formatNumber(1_234_567.89)).toBe(`1${NBSP}234${NBSP}567,9`);
    expect(formatNumber(1_234_567.89, 0)).toBe(`1${NBSP}234${NBSP}568`);
    expect(formatNumber(1_234_567.89, 2, 'en')).toBe('1,234,567.89');
    expect(formatNumber(0.5, 0)).toBe('1');
    expect(formatKgCo2e(336.64)).toBe(`336,6${NBSP}kg CO₂e`);
  });
});

describe('dates', () => {
  it('writes days in French, short and long', () => {
    expect(formatDay('2026-01-12')).toBe('lun. 12 janv. 2026');
    expect(formatShortDate('2026-01-12')).toBe('12 janv. 2026');
    expect(formatLongDay('2026-01-12')).toBe('lundi 12 janvier 2026');
    expect(formatMonth('2026-01')).toBe('janvier 2026');
    expect(formatDay('2026-01-12', 'en')).toBe('Mon 12 Jan 2026');
  });

  it('shows moments in Paris time, summer or winter', () => {
    expect(formatDateTime('2026-01-12T08:05:00Z')).toBe('12 janv. 2026, 09:05');
    expect(formatDateTime('2026-07-12T08:05:00Z')).toBe('12 juil. 2026, 10:05');
    expect(formatTime('2026-03-29T00:59:00Z')).toBe('01:59');
    expect(formatTime('2026-03-29T01:00:00Z')).toBe('03:00'); // the clocks go forward
  });
});
