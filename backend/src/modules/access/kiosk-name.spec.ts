import { ANONYMISED_NAME } from '../crew/crew-member.entity.js';
import { kioskName } from './kiosk-name.js';

describe('kioskName', () => {
  it('keeps the first name and the initial of the last name', () => {
    expect(kioskName('Camille Dupont')).toBe('Camille D.');
    expect(kioskName('  Inès   Garnier ')).toBe('Inès G.');
  });

  it('takes the initial of the last word, in capitals, whatever the particles', () => {
    expect(kioskName('Jean de la Fontaine')).toBe('Jean F.');
    expect(kioskName('Éloïse élan')).toBe('Éloïse É.');
    expect(kioskName('Anne-Sophie Dupont-Moretti')).toBe('Anne-Sophie D.');
  });

  it('leaves a single word alone and never shows an anonymised name', () => {
    expect(kioskName('Madonna')).toBe('Madonna');
    expect(kioskName('Léa Moreau', true)).toBe(ANONYMISED_NAME);
  });
});
