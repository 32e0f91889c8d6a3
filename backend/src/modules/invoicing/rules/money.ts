/**
 * Money is integer cents, and every rounding is done on integers (no floating point):
 * a fraction of exactly one half goes away from zero ("half-up" as accountants mean it).
 */

/** numerator / denominator rounded half-up (half away from zero); denominator > 0. */
export function divideRoundHalfUp(numerator: number, denominator: number): number {
  assertInteger(numerator, 'numerator');
  assertInteger(denominator, 'denominator');
  if (denominator <= 0) throw new RangeError('denominator must be positive');
  const sign = numerator < 0 ? -1 : 1;
  const n = Math.abs(numerator);
  const quotient = (n - (n % denominator)) / denominator;
  const remainder = n % denominator;
  return sign * (remainder * 2 >= denominator ? quotient + 1 : quotient);
}

/** `percent` % of an amount in cents, rounded half-up to the cent. */
export function percentOf(amountCents: number, percent: number): number {
  assertInteger(percent, 'percent');
  return divideRoundHalfUp(amountCents * percent, 100);
}

/** The French standard VAT rate, in percent (applies to the rental of equipped desks). */
export const VAT_RATE_PCT = 20;

export interface Totals {
  totalExclTaxCents: number;
  vatCents: number;
  totalInclTaxCents: number;
}

/** Line amount = quantity × unit price, exact. */
export function lineAmount(quantity: number, unitPriceCents: number): number {
  assertInteger(quantity, 'quantity');
  assertInteger(unitPriceCents, 'unitPriceCents');
  const amount = quantity * unitPriceCents;
  if (!Number.isSafeInteger(amount)) throw new RangeError('line amount out of range');
  return amount;
}

/** VAT is computed once, on the invoice total excluding tax (not line by line), rounded half-up. */
export function invoiceTotals(lineAmounts: number[], vatRatePct = VAT_RATE_PCT): Totals {
  const totalExclTaxCents = lineAmounts.reduce((sum, a) => sum + a, 0);
  const vatCents = percentOf(totalExclTaxCents, vatRatePct);
  return { totalExclTaxCents, vatCents, totalInclTaxCents: totalExclTaxCents + vatCents };
}

function assertInteger(value: number, name: string): void {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${name} must be an integer (got ${value})`);
}
