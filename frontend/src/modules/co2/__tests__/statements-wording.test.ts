import { describe, expect, it } from 'vitest';
import { statementsEn, statementsFr } from '../statements-i18n';

const leaves = (o: object, prefix = ''): Array<[string, string]> =>
  Object.entries(o).flatMap(([k, v]) => (typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : leaves(v as object, `${prefix}${k}.`)));

// The claims EU Directive 2024/825 forbids without an evidenced method: none is made.
const CLAIMS = [/neutr/i, /\bgreen/i, /\bverte?s?\b/i, /offset/i, /compens/i, /eco-?friendly|éco-?responsable/i, /zéro carbone|zero carbon/i];

describe('carbon statements wording', () => {
  it('has the same keys in French and English', () => {
    expect(leaves(statementsEn).map(([k]) => k)).toEqual(leaves(statementsFr).map(([k]) => k));
  });

  it.each([['fr', statementsFr], ['en', statementsEn]] as const)('claims no neutrality, "green" or offsetting (%s)', (_lang, texts) => {
    for (const [, text] of leaves(texts)) for (const claim of CLAIMS) expect(text).not.toMatch(claim);
  });

  it('keeps the avoided emissions apart from the footprint in its words', () => {
    expect(statementsFr.avoided).toMatch(/à part/);
    expect(statementsEn.avoided).toMatch(/apart/);
  });
});
