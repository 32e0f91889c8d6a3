import { quotedPrintable, startCapture } from '../smtp-capture.js';

export interface MimePart {
  contentType: string;
  filename: string | null;
  body: Buffer;
}

export interface ReceivedMail {
  to: string[];
  subject: string;
  /** The text/plain part, decoded; no-break spaces shown as spaces. */
  text: string;
  html: string;
  /** Every leaf part that is a file (has a filename). */
  attachments: MimePart[];
}

const qp = quotedPrintable;

const decodeWords = (value: string) =>
  value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_m, kind: string, data: string) =>
      (kind.toUpperCase() === 'B' ? Buffer.from(data, 'base64') : qp(data.replace(/_/g, ' '))).toString('utf8'),
    );

function splitHead(raw: string): { headers: Map<string, string>; body: string } {
  const at = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, at < 0 ? raw.length : at).replace(/\r\n[ \t]+/g, ' ');
  const headers = new Map<string, string>();
  for (const line of head.split('\r\n')) {
    const i = line.indexOf(':');
    if (i > 0) headers.set(line.slice(0, i).toLowerCase(), line.slice(i + 1).trim());
  }
  return { headers, body: at < 0 ? '' : raw.slice(at + 4) };
}

function leaves(raw: string): MimePart[] {
  const { headers, body } = splitHead(raw);
  const type = headers.get('content-type') ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (/^multipart\//i.test(type) && boundary) {
    return body
      .split(`--${boundary}`)
      .slice(1)
      .filter((p) => !p.startsWith('--'))
      .flatMap((p) => leaves(p.replace(/^\r\n/, '')));
  }
  const encoding = headers.get('content-transfer-encoding') ?? '';
  const bytes = /base64/i.test(encoding) ? Buffer.from(body.replace(/\s+/g, ''), 'base64') : /quoted-printable/i.test(encoding) ? qp(body) : Buffer.from(body, 'utf8');
  const disposition = headers.get('content-disposition') ?? '';
  const filename = /filename="?([^";]+)"?/i.exec(disposition)?.[1] ?? /name="?([^";]+)"?/i.exec(type)?.[1] ?? null;
  return [{ contentType: type.split(';')[0].trim().toLowerCase(), filename: filename ? decodeWords(filename) : null, body: bytes }];
}

const plain = (s: string) => s.replace(/\u00a0|\u202f/g, ' ');

export function parseMime(raw: string, to: string[]): ReceivedMail {
  const { headers } = splitHead(raw);
  const parts = leaves(raw);
  const textPart = parts.find((p) => p.contentType === 'text/plain' && !p.filename);
  const htmlPart = parts.find((p) => p.contentType === 'text/html' && !p.filename);
  return {
    to,
    subject: plain(decodeWords(headers.get('subject') ?? '')),
    text: plain(textPart?.body.toString('utf8') ?? ''),
    html: plain(htmlPart?.body.toString('utf8') ?? ''),
    attachments: parts.filter((p) => p.filename),
  };
}

/** A real SMTP server (npm smtp-server) on the loopback, keeping every message, attachments included. */
export function startMimeCapture(): Promise<{ url: string; inbox: ReceivedMail[]; close(): Promise<void> }> {
  return startCapture(parseMime);
}
