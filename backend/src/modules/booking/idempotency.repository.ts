import { EntityManager } from 'typeorm';
import { badInput } from '../../common/errors/domain-error.js';

/**
 * Claims an idempotency key for a mutation about to create `resultId`, first thing in its
 * transaction. The primary key (user, key) makes a second call with the same key wait for
 * the first one's transaction: if it committed, the second gets the first result's id back
 * (and must create nothing); if it rolled back, the second goes ahead as if it were first.
 * Returns null when the key is fresh (claimed for this call).
 */
export async function claimIdempotencyKey(em: EntityManager, userId: string, key: string, operation: string, resultId: string): Promise<string | null> {
  const inserted: unknown[] = await em.query(
    `INSERT INTO idempotency_record (user_id, key, operation, result_id) VALUES ($1, $2, $3, $4)
     ON CONFLICT (user_id, key) DO NOTHING RETURNING key`,
    [userId, key, operation, resultId],
  );
  if (inserted.length) return null;
  const [first]: Array<{ operation: string; result_id: string }> = await em.query(
    `SELECT operation, result_id FROM idempotency_record WHERE user_id = $1 AND key = $2`,
    [userId, key],
  );
  if (first.operation !== operation) {
    throw badInput('idempotencyKey', `This idempotency key was already used for another operation (${first.operation}): use a new key`);
  }
  return first.result_id;
}
