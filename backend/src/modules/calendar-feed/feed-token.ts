import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/** 32 random bytes, base64url: 256 bits, 43 characters, safe in a URL path. */
export const FEED_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function newFeedToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the database keeps to find a feed by its token (a fast hash is enough for 256 random bits). */
export function hashFeedToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** The AES-256 key sealing tokens, derived from the calendar secret. */
export function sealingKey(secret: string): Buffer {
  return createHash('sha256').update(`studioflex:calendar-feed:${secret}`, 'utf8').digest();
}

/** AES-256-GCM: base64url(iv ‖ tag ‖ ciphertext). */
export function sealToken(token: string, key: Buffer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(token, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
}

/** The token, or null when the seal was made with another key or altered. */
export function openToken(sealed: string, key: Buffer): string | null {
  const raw = Buffer.from(sealed, 'base64url');
  if (raw.length < 29) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}

/** The feed's path: what a calendar app subscribes to, behind the site's origin. */
export const feedPath = (token: string) => `/api/calendar/${token}.ics`;
