import { FACTOR_LABELS, LABELS } from './statement-document.js';
import { FORBIDDEN_CLAIMS, FrozenFactors, methodSections } from './statement-method.js';
import { frozenFactors } from './statement-factors.js';
import { DEFAULT_FACTORS, SOURCE_KIT_LIFETIME, SOURCE_REFERENCE_KIT, SOURCE_REFURBISHED_FACTOR } from '../co2-factors.js';
import type { Co2SettingsModel } from '../co2.model.js';

const settings = {
  ...DEFAULT_FACTORS, referenceKitSource: SOURCE_REFERENCE_KIT, kitLifetimeSource: SOURCE_KIT_LIFETIME, refurbishedFactorSource: SOURCE_REFURBISHED_FACTOR,
} as unknown as Co2SettingsModel;
const factors: FrozenFactors = frozenFactors(settings, new Map());

describe('the statement wording', () => {
  const texts = (lang: 'fr' | 'en') => [
    ...methodSections(lang, factors).flatMap((s) => [s.title, s.text]),
    ...Object.values(LABELS[lang]),
    ...Object.values(FACTOR_LABELS[lang]),
    ...Object.values(factors).map((f) => f.source),
  ];

  it.each(['fr', 'en'] as const)('makes no claim of neutrality, "green" or offsetting (%s)', (lang) => {
    for (const text of texts(lang)) for (const claim of FORBIDDEN_CLAIMS) expect(text).not.toMatch(claim);
  });

  it('would catch such a claim', () => {
    expect(['Production neutre en carbone', 'carbon neutral', 'green IT', 'émissions compensées', 'offset'].every((t) => FORBIDDEN_CLAIMS.some((c) => c.test(t)))).toBe(true);
  });

  it.each(['fr', 'en'] as const)('states the method steps, the reference scenario, uncertainty and limits (%s)', (lang) => {
    expect(methodSections(lang, factors).map((s) => s.key)).toEqual(['action', 'perimeter', 'reference', 'data', 'uncertainty', 'limits']);
    const all = texts(lang).join(' ');
    for (const w of ['QuantiGES', 'WBCSD', 'Net Zero Initiative', 'Boavizta', 'Base Empreinte', 'Impact CO2', '337', '1476']) expect(all).toContain(w);
  });
});
