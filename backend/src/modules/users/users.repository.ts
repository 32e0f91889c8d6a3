import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { StudioEntity } from '../studios/studio.entity.js';
import { UserEntity } from './user.entity.js';

/** Accounts: the only place with their SQL. */
@Injectable()
export class UsersRepository {
  constructor(private readonly dataSource: DataSource) {}

  private em(em?: EntityManager) {
    return em ?? this.dataSource.manager;
  }

  find(id: string, em?: EntityManager): Promise<UserEntity | null> {
    return this.em(em).getRepository(UserEntity).findOneBy({ id });
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.em().getRepository(UserEntity).findOneBy({ email });
  }

  /** For loaders. */
  byIds(ids: readonly string[]): Promise<UserEntity[]> {
    return this.em().getRepository(UserEntity).findBy({ id: In([...ids]) });
  }

  /** Every account (or one studio's), operators first, then by name. */
  list(studioId?: string | null): Promise<UserEntity[]> {
    return this.em().getRepository(UserEntity).find({ where: studioId ? { studioId } : {}, order: { role: 'ASC', fullName: 'ASC', email: 'ASC' } });
  }

  lock(id: string, em: EntityManager): Promise<UserEntity | null> {
    return em.getRepository(UserEntity).createQueryBuilder('u').where('u.id = :id', { id }).setLock('pessimistic_write').getOne();
  }

  async update(id: string, changes: Partial<Pick<UserEntity, 'disabledAt' | 'passwordHash'>>, em: EntityManager): Promise<UserEntity> {
    await em.getRepository(UserEntity).update({ id }, changes);
    return em.getRepository(UserEntity).findOneByOrFail({ id });
  }

  studioExists(studioId: string, em: EntityManager): Promise<boolean> {
    return em.getRepository(StudioEntity).existsBy({ id: studioId });
  }

  studioOf(user: Pick<UserEntity, 'studioId'>, em: EntityManager): Promise<StudioEntity | null> {
    return user.studioId ? em.getRepository(StudioEntity).findOneBy({ id: user.studioId }) : Promise.resolve(null);
  }

  emailTaken(email: string, em: EntityManager): Promise<boolean> {
    return em.getRepository(UserEntity).existsBy({ email });
  }

  insert(row: Pick<UserEntity, 'email' | 'fullName' | 'role' | 'studioId' | 'passwordHash' | 'disabledAt'>, em: EntityManager): Promise<UserEntity> {
    const repo = em.getRepository(UserEntity);
    return repo.save(repo.create(row));
  }

  /** How many of these ids are sites. */
  async countSites(siteIds: readonly string[], em: EntityManager): Promise<number> {
    const [{ n }] = await em.query(`SELECT count(*)::int AS n FROM site WHERE id = ANY($1::uuid[])`, [[...siteIds]]);
    return n;
  }

  /** The sites a site operator runs, replaced by these. */
  async setSites(userId: string, siteIds: readonly string[], em: EntityManager): Promise<void> {
    await em.query(`DELETE FROM user_site WHERE user_id = $1`, [userId]);
    if (siteIds.length) await em.query(`INSERT INTO user_site (user_id, site_id) SELECT $1, unnest($2::uuid[])`, [userId, [...new Set(siteIds)]]);
  }

  /** For loaders: the sites of these users. */
  sitesOfUsers(userIds: readonly string[]): Promise<Array<{ userId: string; siteId: string }>> {
    return this.em().query(`SELECT user_id AS "userId", site_id AS "siteId" FROM user_site WHERE user_id = ANY($1::uuid[]) ORDER BY site_id`, [[...userIds]]);
  }
}
