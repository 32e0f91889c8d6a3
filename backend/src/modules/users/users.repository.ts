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
}
