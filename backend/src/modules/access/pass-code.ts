import { createHash, randomBytes } from 'node:crypto';

/** Crockford's base-32: no I, L, O or U, so a code read aloud or typed is hard to get wrong. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const GROUPS = 4;
const GROUP_LENGTH = 5;
const LENGTH = GROUPS * GROUP_LENGTH;

/** Bits of randomness in a code: 20 characters × 5 bits. */
export const PASS_CODE_BITS = LENGTH * 5;

/**
 * A new access code, e.g. `7KQ2M-X9D4R-0HVTB-C3N8P`: 20 characters drawn from
 * crypto.randomBytes (each byte's low 5 bits: 256 is a multiple of 32, so no bias).
 */
export function generatePassCode(): string {
  const bytes = randomBytes(LENGTH);
  const chars = Array.from(bytes, (b) => ALPHABET[b & 31]);
  const groups: string[] = [];
  for (let i = 0; i < LENGTH; i += GROUP_LENGTH) groups.push(chars.slice(i, i + GROUP_LENGTH).join(''));
  return groups.join('-');
}

/**
 * The canonical form of what someone typed or scanned: upper case, no spaces or dashes,
 * and the letters Crockford maps to digits (O → 0, I/L → 1). Null when it cannot be a code.
 */
export function normalisePassCode(input: string): string | null {
  const compact = input
    .toUpperCase()
    .replace(/[\s\-_.]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (compact.length !== LENGTH) return null;
  for (const c of compact) if (!ALPHABET.includes(c)) return null;
  return compact;
}

/** The grouped display form of a normalised code. */
export function formatPassCode(normalised: string): string {
  return normalised.match(new RegExp(`.{1,${GROUP_LENGTH}}`, 'g'))!.join('-');
}

/**
 * What is stored: SHA-256 of the normalised code. A plain fast hash is enough here (unlike
 * passwords) because the code itself carries 100 random bits: nobody can enumerate them.
 */
export function hashPassCode(normalised: string): string {
  return createHash('sha256').update(`flex-pass:${normalised}`).digest('hex');
}
