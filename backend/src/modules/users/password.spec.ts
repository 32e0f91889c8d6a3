import { hashPassword, verifyPassword } from './password.js';

describe('password hashes', () => {
  const saved = process.env.FLEX_PASSWORD_HASH_COST;
  afterEach(() => {
    if (saved === undefined) delete process.env.FLEX_PASSWORD_HASH_COST;
    else process.env.FLEX_PASSWORD_HASH_COST = saved;
  });

  it('are argon2id at 64 MiB, 3 passes and 4 lanes by default', async () => {
    delete process.env.FLEX_PASSWORD_HASH_COST;
    const hash = await hashPassword('correct horse battery staple');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=65536,p=4,t=3\$/);
    expect(await verifyPassword(hash, 'correct horse battery staple')).toBe(true);
    expect(await verifyPassword(hash, 'correct horse battery stapler')).toBe(false);
  });

  it('cost less for test runs, and a hash verifies at its own cost whatever the setting', async () => {
    process.env.FLEX_PASSWORD_HASH_COST = 'low';
    const low = await hashPassword('s3cret-enough');
    expect(low).toMatch(/^\$argon2id\$v=19\$m=4096,p=1,t=2\$/);
    delete process.env.FLEX_PASSWORD_HASH_COST;
    expect(await verifyPassword(low, 's3cret-enough')).toBe(true);
    expect(await verifyPassword('not a hash', 's3cret-enough')).toBe(false);
  });
});
