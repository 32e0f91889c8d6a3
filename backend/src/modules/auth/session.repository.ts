import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor.js';
import { UserEntity } from '../users/user.entity.js';
import { SessionEndReason, UserSessionEntity } from './user-session.entity.js';

/** Sessions and the credentials they start from: the only place with their SQL. */
@Injectable()
export class SessionRepository {
  constructor(private readonly dataSource: DataSource) {}

  private em(em?: EntityManager) {
    return em ?? this.dataSource.manager;
  }

  insert(row: Partial<UserSessionEntity>): Promise<UserSessionEntity> {
    const repo = this.em().getRepository(UserSessionEntity);
    return repo.save(repo.create(row));
  }

  /** The live session with this secret, of a user not disabled, as the caller. */
  async liveActor(secretHash: string, userId: string, now: Date): Promise<Actor | null> {
    const [row]: Array<{ session_id: string; id: string; email: string; role: Actor['role']; studio_id: string | null; site_ids: string[] }> = await this.em().query(
      `SELECT s.id AS session_id, u.id, u.email, u.role, u.studio_id,
              ARRAY(SELECT us.site_id FROM user_site us WHERE us.user_id = u.id ORDER BY us.site_id) AS site_ids
         FROM user_session s JOIN app_user u ON u.id = s.user_id
        WHERE s.secret_hash = $1 AND s.user_id = $2 AND s.ended_at IS NULL AND s.expires_at > $3 AND u.disabled_at IS NULL`,
      [secretHash, userId, now],
    );
    return row ? { userId: row.id, email: row.email, role: row.role, studioId: row.studio_id, siteIds: row.site_ids, sessionId: row.session_id } : null;
  }

  async end(sessionId: string, reason: SessionEndReason, now: Date, em?: EntityManager): Promise<void> {
    await this.em(em).query(`UPDATE user_session SET ended_at = $2, end_reason = $3 WHERE id = $1 AND ended_at IS NULL`, [sessionId, now, reason]);
  }

  /** Ends every live session of the user but `keep`; answers how many. */
  async endAllOf(userId: string, reason: SessionEndReason, now: Date, em: EntityManager, keep?: string): Promise<number> {
    // An UPDATE answers [rows, count].
    const [, count]: [unknown[], number] = await em.query(
      `UPDATE user_session SET ended_at = $2, end_reason = $3
        WHERE user_id = $1 AND ended_at IS NULL AND expires_at > $2 AND ($4::uuid IS NULL OR id <> $4::uuid)`,
      [userId, now, reason, keep ?? null],
    );
    return count;
  }

  async signedInFrom(userId: string, address: string, since: Date): Promise<boolean> {
    const rows: unknown[] = await this.em().query(`SELECT 1 FROM user_session WHERE user_id = $1 AND address = $2 AND created_at > $3 LIMIT 1`, [userId, address, since]);
    return rows.length > 0;
  }

  async deleteOverBefore(before: Date): Promise<number> {
    const [, count]: [unknown[], number] = await this.em().query(`DELETE FROM user_session WHERE greatest(expires_at, coalesce(ended_at, expires_at)) < $1`, [before]);
    return count;
  }

  userByEmail(email: string): Promise<UserEntity | null> {
    return this.em().getRepository(UserEntity).findOneBy({ email });
  }

  userById(id: string): Promise<UserEntity> {
    return this.em().getRepository(UserEntity).findOneByOrFail({ id });
  }

  async setPasswordHash(userId: string, passwordHash: string, em: EntityManager): Promise<void> {
    await em.getRepository(UserEntity).update({ id: userId }, { passwordHash });
  }
}
