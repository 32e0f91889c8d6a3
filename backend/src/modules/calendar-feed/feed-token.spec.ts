import { SecretBox, SecretBoxError } from '../../common/crypto/secret-box.js';
import { FEED_TOKEN_PATTERN, FEED_TOKEN_SEAL_CONTEXT, feedPath, hashFeedToken, newFeedToken } from './feed-token.js';

describe('calendar feed tokens', () => {
  it('are 256 random bits written for a URL, never twice the same', () => {
    const tokens = new Set(Array.from({ length: 200 }, newFeedToken));
    expect(tokens.size).toBe(200);
    for (const t of tokens) {
      expect(t).toMatch(FEED_TOKEN_PATTERN);
      expect(Buffer.from(t, 'base64url')).toHaveLength(32);
    }
  });

  it('are stored as their SHA-256, which does not give the token back', () => {
    const token = newFeedToken();
    expect(hashFeedToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashFeedToken(token)).toBe(hashFeedToken(token));
    expect(hashFeedToken(token)).not.toContain(token);
  });

  it('open again from their seal in the feed column only, with the same key only', () => {
    const box = new SecretBox('a'.repeat(32));
    const token = newFeedToken();
    const sealed = box.seal(token, FEED_TOKEN_SEAL_CONTEXT);
    expect(sealed).not.toContain(token);
    expect(box.open(sealed, FEED_TOKEN_SEAL_CONTEXT)).toBe(token);
    expect(() => box.open(sealed, 'outbox_message.secret')).toThrow(SecretBoxError);
    expect(() => new SecretBox('b'.repeat(32)).open(sealed, FEED_TOKEN_SEAL_CONTEXT)).toThrow(SecretBoxError);
  });

  it('make the path calendar apps subscribe to', () => {
    expect(feedPath('x'.repeat(43))).toBe(`/api/calendar/${'x'.repeat(43)}.ics`);
  });
});
