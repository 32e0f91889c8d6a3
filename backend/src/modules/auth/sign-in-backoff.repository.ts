import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/** The per-account back-off counters of failed sign-ins (by e-mail hash): the only place with their SQL. */
@Injectable()
export class SignInBackoffRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Counts one more failure unless the account must still wait: the row is updated only when
   * the wait since the last failure is over (or the count restarts). True when reserved.
   */
  async reserve(emailHash: string, now: Date, quietSince: Date, freeFailures: number, capSeconds: number, em: EntityManager): Promise<boolean> {
    const reserved: unknown[] = await em.query(
      `INSERT INTO sign_in_backoff AS b (email_hash, failures, last_failure_at) VALUES ($1, 1, $2)
       ON CONFLICT (email_hash) DO UPDATE SET
         failures = CASE WHEN b.last_failure_at <= $3 THEN 1 ELSE b.failures + 1 END,
         last_failure_at = $2
       WHERE b.last_failure_at <= $3 OR b.failures < $4
          OR b.last_failure_at + make_interval(secs => least(power(2, b.failures - $4), $5)) <= $2
       RETURNING failures`,
      [emailHash, now, quietSince, freeFailures, capSeconds],
    );
    return reserved.length > 0;
  }

  async current(emailHash: string, em: EntityManager): Promise<{ failures: number; lastFailureAt: Date }> {
    const [row]: Array<{ failures: number; last_failure_at: Date }> = await em.query(`SELECT failures, last_failure_at FROM sign_in_backoff WHERE email_hash = $1`, [emailHash]);
    return { failures: row.failures, lastFailureAt: row.last_failure_at };
  }

  async refund(emailHash: string, em: EntityManager): Promise<void> {
    await em.query(`UPDATE sign_in_backoff SET failures = greatest(failures - 1, 0) WHERE email_hash = $1`, [emailHash]);
  }

  async deleteQuietSince(before: Date): Promise<void> {
    await this.dataSource.query(`DELETE FROM sign_in_backoff WHERE last_failure_at < $1`, [before]);
  }
}
