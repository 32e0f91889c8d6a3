import type { StudioEntity } from '../studios/studio.entity.js';

/** A party's legal identity as printed on an invoice (and frozen into it at issue). */
export interface PartyIdentity {
  legalName: string;
  tradeName: string | null;
  /** e.g. "SAS au capital de 30 000 €". */
  legalForm: string | null;
  /** Street lines, then post code and city. */
  addressLines: string[];
  postCode: string | null;
  city: string | null;
  /** ISO 3166-1 alpha-2. */
  countryCode: string;
  /** 14 digits. */
  siret: string;
  vatNumber: string | null;
  /** Trade register, e.g. "RCS Angoulême 912 345 675". */
  rcs: string | null;
  email: string | null;
  phone: string | null;
  iban: string | null;
  bic: string | null;
  /**
   * Electronic invoicing address in the French directory (annuaire, EAS scheme 0225): the SIREN,
   * optionally followed by a suffix ("912345675_FACTURES"). Unset (and in identities frozen before
   * it existed): the SIREN.
   */
  electronicAddress?: string | null;
}

/** Settings key of the site operator's legal identity (the seller on every invoice). */
export const SELLER_IDENTITY_KEY = 'seller.identity';

/** Used until the operator sets `seller.identity`; any key set there overrides the one here. */
export const DEFAULT_SELLER: PartyIdentity = {
  legalName: 'Studio FLEX SAS',
  tradeName: 'Studio FLEX',
  legalForm: 'SAS au capital de 30 000 €',
  addressLines: ['4 rue de la Charente'],
  postCode: '16000',
  city: 'Angoulême',
  countryCode: 'FR',
  siret: '91234567500017',
  vatNumber: 'FR65912345675',
  rcs: 'RCS Angoulême 912 345 675',
  email: 'facturation@studioflex.fr',
  phone: '05 45 00 00 00',
  iban: 'FR76 3000 6000 0112 3456 7890 189',
  bic: 'AGRIFRPP',
  electronicAddress: null,
};

export function sellerFromSettings(stored: Partial<PartyIdentity> | null | undefined): PartyIdentity {
  return { ...DEFAULT_SELLER, ...(stored ?? {}) };
}

/**
 * The studio as buyer. Its billing address is free text ("12 rue de Genève, 16000 Angoulême"):
 * the last "NNNNN City" part gives post code and city, the rest the street lines.
 */
export function buyerFromStudio(studio: StudioEntity): PartyIdentity {
  const parts = studio.billingAddress
    .split(/\n|,/)
    .map((p) => p.trim())
    .filter(Boolean);
  let postCode: string | null = null;
  let city: string | null = null;
  const last = parts.length ? /^(\d{5})\s+(.+)$/.exec(parts[parts.length - 1]) : null;
  if (last) {
    parts.pop();
    postCode = last[1];
    city = last[2];
  }
  return {
    legalName: studio.legalName,
    tradeName: studio.name !== studio.legalName ? studio.name : null,
    legalForm: null,
    addressLines: parts,
    postCode,
    city,
    countryCode: 'FR',
    siret: studio.siret,
    vatNumber: studio.vatNumber,
    rcs: null,
    email: studio.contactEmail,
    phone: null,
    iban: null,
    bic: null,
    electronicAddress: studio.electronicAddress ?? null,
  };
}

/** SIREN (9 digits) of a SIRET: the company, whatever its establishment. */
export const sirenOf = (siret: string) => siret.replace(/\s+/g, '').slice(0, 9);

/** The party's address in the French e-invoicing directory (BT-34 / BT-49): as set, else its SIREN. */
export const electronicAddressOf = (p: PartyIdentity) => p.electronicAddress || sirenOf(p.siret);
