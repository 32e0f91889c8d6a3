import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomToken, SecretBox, SecretBoxError, sha256Hex } from './secret-box.js';
import { resolveSecretKey, secretKeyFile } from './secret-key.js';

const KEY = 'k'.repeat(40);

describe('SecretBox (AES-256-GCM)', () => {
  const box = new SecretBox(KEY);

  it('seals a secret into text that does not contain it, and opens it back', () => {
    const sealed = box.seal('7KQ2M-X9D4R-0HVTB-C3N8P', 'outbox');
    expect(sealed).not.toContain('7KQ2M');
    expect(SecretBox.isSealed(sealed)).toBe(true);
    expect(box.open(sealed, 'outbox')).toBe('7KQ2M-X9D4R-0HVTB-C3N8P');
  });

  it('gives a different sealed text each time (random IV)', () => {
    expect(box.seal('same', 'c')).not.toBe(box.seal('same', 'c'));
  });

  it('refuses another context, another key, an altered value and plain text', () => {
    const sealed = box.seal('secret', 'outbox');
    expect(() => box.open(sealed, 'setting')).toThrow(SecretBoxError);
    expect(() => new SecretBox('z'.repeat(40)).open(sealed, 'outbox')).toThrow(SecretBoxError);
    const [v, iv, tag, body] = sealed.split('.');
    const flipped = Buffer.from(body, 'base64url');
    flipped[0] ^= 1;
    expect(() => box.open([v, iv, tag, flipped.toString('base64url')].join('.'), 'outbox')).toThrow(SecretBoxError);
    expect(() => box.open('secret', 'outbox')).toThrow(SecretBoxError);
    expect(SecretBox.isSealed('7KQ2M-X9D4R-0HVTB-C3N8P')).toBe(false);
  });

  it('refuses a key shorter than 32 characters', () => {
    expect(() => new SecretBox('short')).toThrow(SecretBoxError);
  });

  it('hashes with SHA-256 and makes 256-bit URL-safe tokens', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    const token = randomToken();
    expect(token).toMatch(/^[\w-]{43}$/);
    expect(randomToken()).not.toBe(token);
  });
});

describe('the secret key', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'flex-key-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is FLEX_SECRET_KEY when set', () => {
    expect(resolveSecretKey({ secretKey: KEY, dataDir: join(dir, 'data'), production: true })).toBe(KEY);
  });

  it('is refused in production when missing', () => {
    expect(() => resolveSecretKey({ secretKey: undefined, dataDir: join(dir, 'data'), production: true })).toThrow(/FLEX_SECRET_KEY/);
  });

  it('is generated once locally into a file only its owner can read, then reused', () => {
    const config = { secretKey: undefined, dataDir: join(dir, 'data'), production: false };
    const first = resolveSecretKey(config);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(statSync(secretKeyFile(config)).mode & 0o777).toBe(0o600);
    expect(resolveSecretKey(config)).toBe(first);
    expect(readFileSync(secretKeyFile(config), 'utf8').trim()).toBe(first);
  });

  it('refuses a key file that holds no usable key', () => {
    const config = { secretKey: undefined, dataDir: join(dir, 'data'), production: false };
    writeFileSync(secretKeyFile(config), 'short\n');
    expect(() => resolveSecretKey(config)).toThrow(/delete it/);
  });
});
