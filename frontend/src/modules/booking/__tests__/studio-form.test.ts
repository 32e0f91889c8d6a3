import { describe, expect, it } from 'vitest';
import { sirenOf, studioInput, studioValues, type EditableStudio } from '../studio-form';

const studio: EditableStudio = {
  id: 's1', name: 'Les Films du Héron', legalName: 'Les Films du Héron SAS', siret: '852 123 456 00018', vatNumber: null,
  billingAddress: '12 rue de Genève, 16000 Angoulême', contactEmail: 'prod@heron.fr', isNew: false, electronicAddress: '852123456',
};

describe('the studio form', () => {
  it('opens empty for a new studio and on the studio to edit (absent values as empty fields)', () => {
    expect(Object.values(studioValues())).toEqual(['', '', '', '', '', '', '']);
    expect(studioValues(studio)).toMatchObject({ name: 'Les Films du Héron', vatNumber: '', electronicAddress: '852123456' });
  });

  it('sends every field trimmed, with the flags as set', () => {
    const values = { ...studioValues(), name: '  Brume  ', legalName: ' Brume SARL ', siret: '85212345600018 ', contactEmail: ' a@b.fr ', electronicAddress: ' 852123456_FACT ' };
    expect(studioInput(values, undefined, true, 'EN')).toEqual({
      name: 'Brume', legalName: 'Brume SARL', siret: '85212345600018', vatNumber: '', billingAddress: '', contactEmail: 'a@b.fr',
      electronicAddress: '852123456_FACT', isNew: true, language: 'EN',
    });
  });

  it('sends an electronic address still equal to the SIREN as the default (empty), so it follows a new SIRET', () => {
    expect(studioInput(studioValues(studio), studio, false, 'FR').electronicAddress).toBe('');
    expect(studioInput({ ...studioValues(studio), electronicAddress: '852123456_COMPTA' }, studio, false, 'FR').electronicAddress).toBe('852123456_COMPTA');
  });

  it('reads the SIREN off a SIRET of 14 digits, spaces allowed, and nothing off anything else', () => {
    expect(sirenOf('852 123 456 00018')).toBe('852123456');
    expect(sirenOf('8521234560001')).toBe('');
    expect(sirenOf('')).toBe('');
  });
});
