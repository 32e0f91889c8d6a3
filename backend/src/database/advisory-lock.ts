import { DataSource } from 'typeorm';

/**
 * Runs `work` while holding the session-level advisory lock named `name` on a connection of
 * its own, so that the work itself may use any connection of the pool. Needs a direct
 * connection to PostgreSQL (a PgBouncer in transaction mode would not keep the lock).
 */
export async function withAdvisoryLock<T>(dataSource: DataSource, name: string, work: () => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock(hashtext($1))', [name]);
    try {
      return await work();
    } finally {
      await runner.query('SELECT pg_advisory_unlock(hashtext($1))', [name]);
    }
  } finally {
    await runner.release();
  }
}
