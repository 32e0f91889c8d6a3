/**
 * French company identifiers. A SIRET is 14 digits (SIREN + establishment number) with a
 * Luhn check digit; La Poste's establishments (SIREN 356000000) may instead follow their own
 * rule: the sum of the digits is a multiple of 5. The intra-EU VAT number of a French company is
 * FR + a 2-digit key + its SIREN, the key being (12 + 3 × (SIREN mod 97)) mod 97.
 */
const LA_POSTE_SIREN = '356000000';

export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Spaces are allowed in what a person types ("852 123 456 00018"); the stored form has none. */
export function normaliseSiret(raw: string): string {
  return raw.replace(/\s+/g, '');
}

export function siretProblem(siret: string): string | null {
  if (!/^\d{14}$/.test(siret)) return 'A SIRET is 14 digits';
  if (luhnValid(siret)) return null;
  const laPosteValid = siret.startsWith(LA_POSTE_SIREN) && [...siret].reduce((s, c) => s + Number(c), 0) % 5 === 0;
  return laPosteValid ? null : 'This SIRET is not valid (check digit): check it on the Kbis';
}

export function frenchVatKey(siren: string): string {
  const key = (12 + 3 * (Number(siren) % 97)) % 97;
  return String(key).padStart(2, '0');
}

export function normaliseVat(raw: string): string {
  return raw.replace(/[\s.-]+/g, '').toUpperCase();
}

/**
 * An intra-EU VAT number: 2 letters and 2–13 characters; a French one must be the
 * company's own (its SIREN, the SIRET's first 9 digits, with the right key).
 */
export function vatProblem(vat: string, siret: string): string | null {
  if (!/^[A-Z]{2}[0-9A-Z]{2,13}$/.test(vat)) return 'An intra-EU VAT number is a country code and 2 to 13 letters or digits (FR12345678901)';
  if (!vat.startsWith('FR')) return null;
  const siren = siret.slice(0, 9);
  const expected = `FR${frenchVatKey(siren)}${siren}`;
  return vat === expected ? null : `This VAT number does not match the SIRET: a French company with SIREN ${siren} has VAT number ${expected}`;
}
