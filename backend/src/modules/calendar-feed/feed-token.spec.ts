import { FEED_TOKEN_PATTERN, feedPath, hashFeedToken, newFeedToken, openToken, sealingKey, sealToken } from './feed-token.js';

describe('calendar feed tokens', () => {
  const key = sealingKey('a'.repeat(32));

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

  it('open again from their seal with the same key only', () => {
    const token = newFeedToken();
    const sealed = sealToken(token, key);
    expect(sealed).not.toContain(token);
    expect(sealToken(token, key)).not.toBe(sealed);
    expect(openToken(sealed, key)).toBe(token);
    expect(openToken(sealed, sealingKey('b'.repeat(32)))).toBeNull();
  });

  it('refuse an altered or truncated seal', () => {
    const sealed = Buffer.from(sealToken(newFeedToken(), key), 'base64url');
    sealed[sealed.length - 1] ^= 1;
    expect(openToken(sealed.toString('base64url'), key)).toBeNull();
    expect(openToken('abc', key)).toBeNull();
  });

  it('make the path calendar apps subscribe to', () => {
    expect(feedPath('x'.repeat(43))).toBe(`/api/calendar/${'x'.repeat(43)}.ics`);
  });
});
