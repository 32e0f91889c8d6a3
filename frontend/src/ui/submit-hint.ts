/*
 * What a disabled submit button says: the fields still missing ("Il manque : le kit et le
 * poste."), else the first other reason that holds (a quote being priced, conflicts…), else
 * nothing and the button is enabled. Pure, so the wording rules are unit-tested.
 */

/** [still missing?, the field's label]. */
export type MissingField = readonly [missing: boolean, label: string];
/** A sentence, when its condition holds (falsy otherwise). */
export type Reason = string | false | null | undefined;

/** "Studio, Premier jour et Postes" / "Studio, First day and Desks". */
export function listOf(labels: readonly string[], lang: string): string {
  return new Intl.ListFormat(lang === 'en' ? 'en-GB' : 'fr-FR', { type: 'conjunction', style: 'long' }).format(labels);
}

export function submitHint(
  missing: readonly MissingField[],
  reasons: readonly Reason[],
  words: { missing: (list: string) => string },
  lang: string,
): string | null {
  const labels = missing.filter(([isMissing]) => isMissing).map(([, label]) => label);
  if (labels.length) return words.missing(listOf(labels, lang));
  return reasons.find((r): r is string => typeof r === 'string' && r.trim() !== '') ?? null;
}
