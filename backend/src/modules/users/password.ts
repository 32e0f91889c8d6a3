import argon2 from 'argon2';

/**
 * argon2id at the library's defaults (64 MiB, 3 passes, 4 lanes). FLEX_PASSWORD_HASH_COST=low
 * (4 MiB, 2 passes, 1 lane) is for test runs, which sign in thousands of times: the
 * configuration refuses it with NODE_ENV=production. A hash carries its own cost, so
 * verifying never depends on the setting.
 */
const LOW_COST = { memoryCost: 4096, timeCost: 2, parallelism: 1 };

export const hashPassword = (password: string) =>
  argon2.hash(password, { type: argon2.argon2id, ...(process.env.FLEX_PASSWORD_HASH_COST === 'low' ? LOW_COST : {}) });

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}
