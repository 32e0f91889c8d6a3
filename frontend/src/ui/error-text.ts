import i18n from 'i18next';
import type { TFunction } from 'i18next';
import { formatDay, formatNumber } from './format';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * An error's extensions ready to be put in a sentence of the user's language: days written
 * as days ("lun. 4 janv. 2027"), numbers with the language's separators ("1 140"); `count` stays
 * a number so that plurals still work.
 */
export function localisedExtensions(extensions: Record<string, unknown>, lang = i18n.language): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(extensions)) {
    if (typeof value === 'string' && DAY.test(value)) out[key] = formatDay(value, lang);
    else if (typeof value === 'number' && key !== 'count') out[key] = formatNumber(value, 2, lang);
    else out[key] = value;
  }
  if (typeof extensions.limit === 'number') out.count = extensions.limit;
  return out;
}

/** The sentence for an error's `reason` (CREW_MEMBER_BUSY, EMAIL_TAKEN…), or undefined when the language has none. */
export function reasonText(extensions: Record<string, unknown>, t: TFunction = i18n.t): string | undefined {
  const reason = extensions.reason;
  if (typeof reason !== 'string') return undefined;
  const text = t(`app:errors.reason.${reason}`, { ...localisedExtensions(extensions), defaultValue: '' });
  return text || undefined;
}

/** The sentence for a broken input rule (isEmail, maxLength 200…), in the user's language. */
export function ruleText(rule: unknown, limit: unknown, t: TFunction = i18n.t): string {
  const bound = typeof limit === 'number' ? { limit: formatNumber(limit, 2), count: limit } : {};
  if (typeof rule !== 'string') return t('app:validation.invalid');
  return t(`app:validation.${rule}`, { ...bound, defaultValue: t('app:validation.invalid') });
}

/** A field's name as the user reads it (the API's name when the language has no label for it). */
export function fieldLabel(field: string, t: TFunction = i18n.t): string {
  const last = field.split('.').pop() ?? field;
  return t(`app:fields.${last}`, { defaultValue: last });
}
