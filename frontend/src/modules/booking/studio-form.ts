import type { Language } from '../../gql/graphql';

export const STUDIO_FIELDS = ['name', 'legalName', 'siret', 'vatNumber', 'billingAddress', 'contactEmail', 'electronicAddress'] as const;
export type StudioFieldName = (typeof STUDIO_FIELDS)[number];
export type StudioValues = Record<StudioFieldName, string>;

export interface EditableStudio {
  id: string;
  name: string;
  legalName: string;
  siret: string;
  vatNumber?: string | null;
  billingAddress: string;
  contactEmail: string;
  isNew: boolean;
  /** Electronic invoicing address (French directory): the SIREN unless set otherwise. */
  electronicAddress?: string | null;
  language?: Language;
}

/** The form's fields on a studio to edit, empty for a new one. */
export function studioValues(studio?: EditableStudio): StudioValues {
  return Object.fromEntries(STUDIO_FIELDS.map((f) => [f, studio?.[f] ?? ''])) as StudioValues;
}

/**
 * What to send: every field trimmed; an electronic address still equal to the SIREN it
 * defaulted to goes back as the default (empty), so it follows a new SIRET.
 */
export function studioInput(values: StudioValues, studio: EditableStudio | undefined, isNew: boolean, language: Language) {
  const electronicAddress = values.electronicAddress.trim();
  return {
    name: values.name.trim(),
    legalName: values.legalName.trim(),
    siret: values.siret.trim(),
    vatNumber: values.vatNumber.trim(),
    billingAddress: values.billingAddress.trim(),
    contactEmail: values.contactEmail.trim(),
    electronicAddress: studio && electronicAddress === sirenOf(studio.siret) ? '' : electronicAddress,
    isNew,
    language,
  };
}

/** The SIREN is the SIRET's first 9 digits (spaces allowed in what is typed). */
export function sirenOf(siret: string): string {
  const digits = siret.replace(/\s+/g, '');
  return /^\d{14}$/.test(digits) ? digits.slice(0, 9) : '';
}
