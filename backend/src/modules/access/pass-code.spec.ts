import { formatPassCode, generatePassCode, hashPassCode, normalisePassCode, PASS_CODE_BITS } from './pass-code.js';

describe('access pass codes', () => {
  it('carry at least 80 bits of randomness, in four groups of five readable characters', () => {
    expect(PASS_CODE_BITS).toBeGreaterThanOrEqual(80);
    const code = generatePassCode();
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){3}$/);
  });

  it('never repeat and use the whole alphabet evenly', () => {
    const codes = Array.from({ length: 2000 }, generatePassCode);
    expect(new Set(codes).size).toBe(codes.length);
    const counts = new Map<string, number>();
    for (const c of codes.join('').replace(/-/g, '')) counts.set(c, (counts.get(c) ?? 0) + 1);
    expect(counts.size).toBe(32);
    // 40 000 characters over 32 symbols: 1 250 each on average; a biased generator drifts far.
    for (const n of counts.values()) expect(Math.abs(n - 1250)).toBeLessThan(200);
  });

  it('accept what a person types: lower case, spaces, O for 0, I or L for 1', () => {
    expect(normalisePassCode('7kq2m x9d4r-0hvtb c3n8p')).toBe('7KQ2MX9D4R0HVTBC3N8P');
    expect(normalisePassCode('OOOOO-IIIII-LLLLL-00000')).toBe('00000111111111100000');
    expect(formatPassCode('7KQ2MX9D4R0HVTBC3N8P')).toBe('7KQ2M-X9D4R-0HVTB-C3N8P');
  });

  it('reject what cannot be a code', () => {
    expect(normalisePassCode('')).toBeNull();
    expect(normalisePassCode('7KQ2M-X9D4R-0HVTB')).toBeNull();
    expect(normalisePassCode('7KQ2M-X9D4R-0HVTB-C3N8U')).toBeNull(); // U is not in the alphabet
  });

  it('hash the normalised code, so every spelling of one code finds the same pass', () => {
    const a = hashPassCode(normalisePassCode('7kq2m-x9d4r-0hvtb-c3n8p')!);
    const b = hashPassCode(normalisePassCode('7KQ2MX9D4R0HVTBC3N8P')!);
    expect(a).toBe(b);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(a).not.toContain('7KQ2M');
  });
});
