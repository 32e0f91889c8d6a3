import { frenchVatKey, luhnValid, normaliseSiret, normaliseVat, siretProblem, vatProblem } from './siret.js';

describe('SIRET and VAT numbers', () => {
  it('accepts a SIRET whose Luhn check digit is right and refuses one digit changed', () => {
    expect(luhnValid('73282932000074')).toBe(true);
    expect(siretProblem('73282932000074')).toBeNull();
    expect(siretProblem('73282932000075')).toMatch(/check digit/);
  });

  it('refuses anything that is not 14 digits', () => {
    expect(siretProblem('7328293200007')).toMatch(/14 digits/);
    expect(siretProblem('7328293200007A')).toMatch(/14 digits/);
    expect(siretProblem('')).toMatch(/14 digits/);
  });

  it("applies La Poste's own rule (sum of digits multiple of 5)", () => {
    expect(siretProblem('35600000000010')).toBeNull();
    expect(siretProblem('35600000000011')).toMatch(/check digit/);
    expect(siretProblem('35700000000010')).toMatch(/check digit/);
  });

  it('normalises what a person types', () => {
    expect(normaliseSiret(' 732 829 320 00074 ')).toBe('73282932000074');
    expect(normaliseVat('fr 44 732829320')).toBe('FR44732829320');
  });

  it('computes the French VAT key from the SIREN and checks it against the SIRET', () => {
    expect(frenchVatKey('732829320')).toBe('44');
    expect(vatProblem('FR44732829320', '73282932000074')).toBeNull();
    expect(vatProblem('FR45732829320', '73282932000074')).toMatch(/FR44732829320/);
    expect(vatProblem('DE123456789', '73282932000074')).toBeNull();
    expect(vatProblem('F1', '73282932000074')).toMatch(/country code/);
  });
});
