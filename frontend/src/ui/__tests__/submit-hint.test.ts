import { describe, expect, it } from 'vitest';
import { appEn, appFr } from '../../app/locales';
import { listOf, submitHint } from '../submit-hint';

const fr = { missing: (list: string) => appFr.submitHint.missing.replace('{{list}}', list) };
const en = { missing: (list: string) => appEn.submitHint.missing.replace('{{list}}', list) };

describe('what a disabled submit button says', () => {
  it('names every missing field, in a list a person reads, in French and English', () => {
    expect(listOf(['Kit'], 'fr')).toBe('Kit');
    expect(listOf(['Studio', 'Premier jour', 'Dernier jour'], 'fr')).toBe('Studio, Premier jour et Dernier jour');
    expect(listOf(['Studio', 'First day', 'Last day'], 'en')).toBe('Studio, First day and Last day');
    expect(submitHint([[true, 'Kit de rechange'], [true, 'Poste']], [], fr, 'fr')).toBe('Il manque : Kit de rechange et Poste.');
    expect(submitHint([[true, 'Spare kit'], [false, 'Desk']], [], en, 'en')).toBe('Missing: Spare kit.');
  });

  it('says a missing field before any other reason, then the first reason that holds', () => {
    expect(submitHint([[true, 'Studio']], ['Le prix est en cours de calcul…'], fr, 'fr')).toBe('Il manque : Studio.');
    expect(submitHint([[false, 'Studio']], [false, null, 'Réglez d’abord les conflits indiqués.', 'Aucun poste libre.'], fr, 'fr')).toBe('Réglez d’abord les conflits indiqués.');
  });

  it('says nothing (the button is enabled) when nothing is missing and no reason holds', () => {
    expect(submitHint([[false, 'Kit']], [false, undefined, null, ''], fr, 'fr')).toBeNull();
    expect(submitHint([], [], en, 'en')).toBeNull();
  });
});
