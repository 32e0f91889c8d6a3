import type { DestinationStream } from 'pino';

/** What never reaches a log line, whatever logged it: e-mail addresses, JWTs, door access codes. */
const PATTERNS: Array<[RegExp, string]> = [
  [/[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g, '[e-mail]'],
  [/eyJ[\w-]{4,}\.[\w-]{4,}\.[\w-]{4,}/g, '[token]'],
  [/\b[A-Z0-9]{5}(?:-[A-Z0-9]{5}){3}\b/g, '[code]'],
];

export function scrub(text: string): string {
  return PATTERNS.reduce((out, [pattern, mask]) => out.replace(pattern, mask), text);
}

/** Object keys whose values are masked wherever they appear (one level deep, as pino's redact paths). */
export const REDACTED_KEYS = ['password', 'currentPassword', 'newPassword', 'token', 'code', 'secret', 'email', 'authorization', 'cookie', 'parameters'];

/** A destination that scrubs every line before it goes on (JSON stays valid: the masks hold no quote). */
export function scrubbing(destination: DestinationStream): DestinationStream {
  return { write: (line: string) => destination.write(scrub(line)) };
}

/** Path segments that look like a secret (a feed or link token) are masked in logged URLs; the query string is dropped. */
export function loggableUrl(url: string | undefined): string {
  const path = (url ?? '').split('?')[0];
  return scrub(path.replace(/[A-Za-z0-9_-]{20,}/g, ':secret'));
}
