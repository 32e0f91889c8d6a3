import { describe, expect, it } from 'vitest';
import { assumptionValue, columnFormatter, formatCo2, formatShare, tonnes } from '../co2-format';
import { periodDays, periodFromParams, presetOf, presetPeriod } from '../period';
import { defaultsForm, settingsForm, settingsInput, typedNumber, type Settings } from '../settings-form';
import { parseDecimal, projectionInput, sameInputs, studyInputs, type Study } from '../simulator';

const NBSP = '\u00a0';

describe('CO2 figures in words', () => {
  it('writes tonnes from a tonne on, kilograms below', () => {
    expect(formatCo2(532_000)).toBe(`532${NBSP}t CO₂e`);
    expect(formatCo2(1_234.5)).toBe(`1,2${NBSP}t CO₂e`);
    expect(formatCo2(336.64)).toBe(`336,6${NBSP}kg CO₂e`);
    expect(formatCo2(-2_500)).toBe(`-2,5${NBSP}t CO₂e`);
    expect(tonnes(616_000)).toBe('616');
    expect(formatShare(0.4523)).toBe(`45,2${NBSP}%`);
  });

  it('gives a whole column one unit, so that its figures compare at a glance', () => {
    const kg = columnFormatter([120, 80.25]);
    expect([kg(120), kg(80.25)]).toEqual([`120${NBSP}kg`, `80,3${NBSP}kg`]);
    const mixed = columnFormatter([120, 1_500]);
    expect([mixed(120), mixed(1_500)]).toEqual([`0,12${NBSP}t`, `1,5${NBSP}t`]);
  });

  it('reads a factor a report was computed with from its assumptions', () => {
    const assumptions = [{ key: 'carKgPerKm', value: 0.142 }, { key: 'referenceKitKg', value: 700 }];
    expect(assumptionValue(assumptions, 'carKgPerKm')).toBe(0.142);
    expect(assumptionValue(assumptions, 'kitLifetimeYears')).toBeUndefined();
  });
});

describe('periods of the report', () => {
  it('bounds a month, a quarter, a year, and "since opening" up to the end of this year', () => {
    expect(presetPeriod('month', '2026-02-10', null)).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(presetPeriod('quarter', '2026-05-10', null)).toEqual({ from: '2026-04-01', to: '2026-06-30' });
    expect(presetPeriod('year', '2026-05-10', null)).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(presetPeriod('opening', '2026-05-10', '2025-09-01')).toEqual({ from: '2025-09-01', to: '2026-12-31' });
    // Not opened yet (or no kit at all): this year.
    expect(presetPeriod('opening', '2026-05-10', null)).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });

  it('nests the presets: since opening holds this year, which holds this quarter, which holds this month', () => {
    for (const today of ['2026-01-01', '2026-02-28', '2026-06-30', '2026-12-01', '2026-12-31']) {
      const [month, quarter, year, opening] = (['month', 'quarter', 'year', 'opening'] as const).map((p) => presetPeriod(p, today, '2025-09-01'));
      for (const [inner, outer] of [[month, quarter], [quarter, year], [year, opening]]) {
        expect(outer.from <= inner.from && inner.to <= outer.to).toBe(true);
      }
    }
  });

  it('recognises a preset in dates typed by hand, and counts both ends', () => {
    expect(presetOf({ from: '2026-04-01', to: '2026-06-30' }, '2026-05-10', null)).toBe('quarter');
    expect(presetOf({ from: '2026-04-02', to: '2026-06-30' }, '2026-05-10', null)).toBe('custom');
    expect(periodDays({ from: '2026-01-01', to: '2026-12-31' })).toBe(365);
  });

  it('takes the period from the address bar, each end falling back on its own', () => {
    const year = { from: '2026-01-01', to: '2026-12-31' };
    expect(periodFromParams('2026-03-01', null, year)).toEqual({ from: '2026-03-01', to: '2026-12-31' });
    expect(periodFromParams('yesterday', '2026-06-30', year)).toEqual({ from: '2026-01-01', to: '2026-06-30' });
  });
});

describe('the simulator', () => {
  const study: Study = { desks: 40, usersPerDeskPerYear: 4, years: 5, kitFootprintKg: 700, kitLifetimeYears: 5, netAvoidedKg: 532_000 };

  it('opens on the study the API states, the lifetime left to the operator’s setting', () => {
    expect(studyInputs(study)).toEqual({ desks: '40', users: '4', years: '5', kitKg: '700', lifetime: '' });
    expect(projectionInput(studyInputs(study))).toEqual({ desks: 40, usersPerDeskPerYear: 4, years: 5, kitFootprintKg: 700, kitLifetimeYears: null });
  });

  it('reads numbers typed the French or the English way, and waits while one is not a number', () => {
    expect(parseDecimal('4,5')).toBe(4.5);
    expect(parseDecimal('4.5')).toBe(4.5);
    expect(parseDecimal(' ')).toBeNaN();
    const typed = { ...studyInputs(study), users: '4,5', lifetime: '6' };
    expect(projectionInput(typed)).toMatchObject({ usersPerDeskPerYear: 4.5, kitLifetimeYears: 6 });
    expect(projectionInput({ ...typed, years: '' })).toBeNull();
    expect(projectionInput({ ...typed, lifetime: 'six' })).toBeNull();
    expect(sameInputs(typed, studyInputs(study))).toBe(false);
  });
});

describe('the operator’s factors', () => {
  const settings = {
    referenceKitKg: 337.5, referenceKitSource: 'ADEME', referenceKitSourceCustom: true, kitLifetimeYears: 5, refurbishedFactor: 0.57,
    defaultReferenceKitKg: 700, defaultKitLifetimeYears: 5, defaultRefurbishedFactor: 0.57,
  } as Settings;

  it('shows values the way the operator types them: decimal comma in French', () => {
    expect(typedNumber(0.57, 'fr')).toBe('0,57');
    expect(typedNumber(0.57, 'en')).toBe('0.57');
    expect(settingsForm(settings, 'fr')).toEqual({ referenceKitKg: '337,5', referenceKitSource: 'ADEME', kitLifetimeYears: '5', refurbishedFactor: '0,57' });
    expect(settingsForm({ ...settings, referenceKitSourceCustom: false }, 'fr').referenceKitSource).toBe('');
  });

  it('restores the API’s defaults, and sends a blank field as 0 for the server to refuse (never as "unchanged")', () => {
    expect(defaultsForm(settings, 'fr')).toEqual({ referenceKitKg: '700', referenceKitSource: '', kitLifetimeYears: '5', refurbishedFactor: '0,57' });
    expect(settingsInput({ referenceKitKg: '337,5', referenceKitSource: '', kitLifetimeYears: '', refurbishedFactor: '1,5' })).toEqual({
      referenceKitKg: 337.5, referenceKitSource: '', kitLifetimeYears: 0, refurbishedFactor: 1.5,
    });
  });
});
