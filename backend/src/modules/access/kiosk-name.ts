import { ANONYMISED_NAME } from '../crew/crew-member.entity.js';

/**
 * What the door shows of a person: the first name and the initial of the last word of the
 * name ("Camille Dupont" → "Camille D."), enough to greet them, too little to look them up.
 * A single word stays as it is; an anonymised member keeps the anonymised label.
 */
export function kioskName(fullName: string, anonymised = false): string {
  if (anonymised) return ANONYMISED_NAME;
  const words = fullName.trim().split(/\s+/).filter(Boolean);
  if (words.length < 2) return words[0] ?? '';
  const initial = Array.from(words[words.length - 1])[0].toLocaleUpperCase('fr-FR');
  return `${words[0]} ${initial}.`;
}
