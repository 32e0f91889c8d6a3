import type { Co2SettingsInput, Co2SettingsQuery } from '../../gql/graphql';

export type Settings = Co2SettingsQuery['co2Settings'];

/** The three factors the operator sets, as typed (decimal comma in French). */
export interface SettingsForm {
  referenceKitKg: string;
  referenceKitSource: string;
  kitLifetimeYears: string;
  refurbishedFactor: string;
}

/** A value as the operator would type it: "0,57" in French, "0.57" in English. */
export function typedNumber(value: number, lang: string): string {
  return lang === 'en' ? String(value) : String(value).replace('.', ',');
}

/** The form on the current settings; a source left to the default wording stays empty. */
export function settingsForm(s: Settings, lang: string): SettingsForm {
  return {
    referenceKitKg: typedNumber(s.referenceKitKg, lang),
    referenceKitSource: s.referenceKitSourceCustom ? s.referenceKitSource : '',
    kitLifetimeYears: typedNumber(s.kitLifetimeYears, lang),
    refurbishedFactor: typedNumber(s.refurbishedFactor, lang),
  };
}

/** The form on the defaults (the founding study's and ADEME's figures, as the API states them). */
export function defaultsForm(s: Settings, lang: string): SettingsForm {
  return {
    referenceKitKg: typedNumber(s.defaultReferenceKitKg, lang),
    referenceKitSource: '',
    kitLifetimeYears: typedNumber(s.defaultKitLifetimeYears, lang),
    refurbishedFactor: typedNumber(s.defaultRefurbishedFactor, lang),
  };
}

/** "0,57" or "0.57" → 0.57; a blank field is 0, which the server refuses (never left out). */
const parse = (text: string) => Number(text.replace(',', '.'));

/** What to send; the server checks the ranges and names a field it refuses. */
export function settingsInput(form: SettingsForm): Co2SettingsInput {
  return {
    referenceKitKg: parse(form.referenceKitKg),
    referenceKitSource: form.referenceKitSource,
    kitLifetimeYears: parse(form.kitLifetimeYears),
    refurbishedFactor: parse(form.refurbishedFactor),
  };
}
