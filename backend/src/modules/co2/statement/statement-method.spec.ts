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

describe('the statement documents', () => {
  it('render the same bytes from the same frozen figures and factors (FR and EN)', async () => {
    const { renderStatementPdf } = await import('./statement-pdf.js');
    const { statementCsv } = await import('./statement-csv.js');
    const figures = {
      deskDays: 23, checkInDays: 7, machinesAvoided: 2, peakDate: '2027-05-03', meteredDeskDays: 5, manufacturingKg: 5.19, manufacturingLowKg: 4.88, manufacturingHighKg: 22.73,
      electricityKwh: 29.1, electricityKg: 1.5132, footprintKg: 6.70, footprintLowKg: 6.4, footprintHighKg: 24.24, avoidedKg: 1400, avoidedLowKg: 674, avoidedHighKg: 2952, avoidedConservativeKg: 19.82, sites: [],
    };
    const doc = { number: 'CO2-2027-00001', issuedAt: new Date('2027-06-02T08:00:00Z'), studioName: 'Studio Phare', productionName: 'Le Phare', from: '2027-05-01', to: '2027-05-31', figures, factors, siteNames: {} };
    for (const lang of ['fr', 'en'] as const) expect(Buffer.compare(await renderStatementPdf(doc, lang), await renderStatementPdf(doc, lang))).toBe(0);
    const csv = statementCsv(doc);
    expect(csv).toBe(statementCsv(doc));
    expect(csv.split('\r\n')[2]).toBe(
      `CO2-2027-00001;Le Phare;01/05/2027;31/05/2027;Électricité;29,100;kWh;0,0520;kg CO2e/kWh;1,513;1,513;1,513;ADEME Base Empreinte V23.6 (2025): Électricité — mix moyen — consommation, France continentale, 0,052 kg CO2e/kWh (analyse de cycle de vie);oui`,
    );
  });
});
