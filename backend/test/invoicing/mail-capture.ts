import { quotedPrintable, startCapture } from '../smtp-capture.js';

export interface CapturedMail {
  to: string[];
  subject: string;
  text: string;
}

/** Bytes of a quoted-printable or base64 part, as UTF-8 text. */
function decodeBody(body: string, encoding: string): string {
  if (/base64/i.test(encoding)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (!/quoted-printable/i.test(encoding)) return body;
  return quotedPrintable(body).toString('utf8');
}

/** RFC 2047 encoded words (=?UTF-8?Q?…?= / =?UTF-8?B?…?=) of a header, decoded. */
function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_m, kind: string, data: string) =>
      kind.toUpperCase() === 'B' ? Buffer.from(data, 'base64').toString('utf8') : decodeBody(data.replace(/_/g, ' '), 'quoted-printable'),
    );
}

/** A message as received: the subject and the text, decoded; no-break spaces shown as spaces. */
export function parseMail(raw: string, to: string[]): CapturedMail {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const header = (name: string) => new RegExp(`^${name}: (.*)$`, 'im').exec(head)?.[1] ?? '';
  const plain = (s: string) => s.replace(/\u00a0|\u202f/g, ' ');
  return { to, subject: plain(decodeHeader(header('Subject'))), text: plain(decodeBody(raw.slice(split + 4), header('Content-Transfer-Encoding'))) };
}

/** A real SMTP server (npm smtp-server) on the loopback, keeping every message it is sent. */
export function startSmtpCapture(): Promise<{ url: string; inbox: CapturedMail[]; close(): Promise<void> }> {
  return startCapture(parseMail);
}
