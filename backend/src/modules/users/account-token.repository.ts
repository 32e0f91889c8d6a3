import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AccountTokenEntity, AccountTokenPurpose } from './account-token.entity.js';

/** The one-time links' rows (only their SHA-256): the only place with their SQL. */
@Injectable()
export class AccountTokenRepository {
  constructor(private readonly dataSource: DataSource) {}

  private em(em?: EntityManager) {
    return em ?? this.dataSource.manager;
  }

  insert(row: Partial<AccountTokenEntity>, em: EntityManager): Promise<AccountTokenEntity> {
    const repo = em.getRepository(AccountTokenEntity);
    return repo.save(repo.create(row));
  }

  /** Spends every open link of the user; answers their ids. */
  async spendOpen(userId: string, at: Date, em: EntityManager): Promise<string[]> {
    // An UPDATE … RETURNING answers [rows, count].
    const [rows]: [Array<{ id: string }>, number] = await em.query(`UPDATE account_token SET used_at = $2 WHERE user_id = $1 AND used_at IS NULL RETURNING id`, [userId, at]);
    return rows.map((r) => r.id);
  }

  /** The unspent, unexpired link with this hash (of this purpose when given). */
  findOpen(tokenHash: string, purpose: AccountTokenPurpose | null, now: Date, em?: EntityManager, lock = false): Promise<AccountTokenEntity | null> {
    const query = this.em(em)
      .getRepository(AccountTokenEntity)
      .createQueryBuilder('t')
      .where('t.tokenHash = :hash AND t.usedAt IS NULL AND t.expiresAt > :now', { hash: tokenHash, now });
    if (purpose) query.andWhere('t.purpose = :purpose', { purpose });
    if (lock) query.setLock('pessimistic_write');
    return query.getOne();
  }

  /** Links expired whose secret the outbox still keeps. */
  async expiredWithSecret(now: Date, em: EntityManager): Promise<string[]> {
    const rows: Array<{ id: string }> = await em.query(
      `SELECT t.id FROM account_token t JOIN outbox_message m ON m.account_token_id = t.id WHERE m.sealed_secret IS NOT NULL AND t.expires_at <= $1`,
      [now],
    );
    return rows.map((r) => r.id);
  }
}
