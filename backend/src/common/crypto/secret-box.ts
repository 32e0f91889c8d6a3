import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export class SecretBoxError extends Error {}

/**
 * Secrets that must be read back (an access code waiting in the outbox, the generated
 * session-signing secret) are stored sealed with AES-256-GCM. The key is derived with
 * HKDF-SHA256 from the configured secret key (FLEX_SECRET_KEY, or the local key file).
 * Sealed text is `v1.<iv>.<tag>.<ciphertext>` in base64url. `context` (e.g.
 * "outbox_message.secret") is authenticated with it, so a value copied into another
 * column does not open.
 */
export class SecretBox {
  private readonly key: Buffer;

  constructor(secretKey: string) {
    if (secretKey.length < 32) throw new SecretBoxError('The secret key must be at least 32 characters long');
    this.key = Buffer.from(hkdfSync('sha256', secretKey, 'studio-flex', 'secrets at rest v1', 32));
  }

  seal(plain: string, context: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [VERSION, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.');
  }

  /** The plain text; throws SecretBoxError when the value was altered, sealed for another context or with another key. */
  open(sealed: string, context: string): string {
    const parts = sealed.split('.');
    if (parts.length !== 4 || parts[0] !== VERSION) throw new SecretBoxError('Not a sealed value');
    const [, iv, tag, body] = parts.map((p) => Buffer.from(p, 'base64url'));
    if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) throw new SecretBoxError('Not a sealed value');
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, iv, { authTagLength: TAG_BYTES });
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(tag);
      return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
    } catch {
      throw new SecretBoxError('The sealed value does not open with this key (altered, or sealed with another key)');
    }
  }

  static isSealed(value: string): boolean {
    return /^v1\.[\w-]+\.[\w-]+\.[\w-]*$/.test(value);
  }
}

/** What only needs checking (session secrets, invitation and reset tokens) is kept as this hash. */
export const sha256Hex = (value: string) => createHash('sha256').update(value, 'utf8').digest('hex');

/** An unguessable token (256 bits by default), URL-safe. */
export const randomToken = (bytes = 32) => randomBytes(bytes).toString('base64url');
