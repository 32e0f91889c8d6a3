/**
 * A company's electronic invoicing address in the French directory (annuaire, EAS scheme 0225):
 * its SIREN, optionally followed by a suffix the company registered (SIREN_SIRET, SIREN_SERVICE…).
 * The French rules allow letters, digits and + - _ . only, 125 characters at most (BR-FR-23/25),
 * and between French companies the address starts with the buyer's SIREN (BR-FR-21).
 */
const FORMAT = /^[A-Za-z0-9+_.-]{1,125}$/;

export const sirenOfSiret = (siret: string) => siret.slice(0, 9);

/** The address used when none is set: the SIREN. */
export const defaultElectronicAddress = (siret: string) => sirenOfSiret(siret);

export function electronicAddressProblem(address: string, siret: string): string | null {
  if (!FORMAT.test(address)) return 'An electronic address is 1 to 125 letters, digits or + - _ . without spaces, e.g. 852123456 or 852123456_FACTURES';
  const siren = sirenOfSiret(siret);
  if (!address.startsWith(siren)) return `The electronic address must start with the studio's SIREN (${siren}), e.g. ${siren} or ${siren}_FACTURES`;
  return null;
}

/** What to store: null for the default (empty, or the bare SIREN), so it follows a SIRET change. */
export function storedElectronicAddress(raw: string | null | undefined, siret: string): string | null {
  const address = raw?.trim() ?? '';
  return address === '' || address === defaultElectronicAddress(siret) ? null : address;
}
