import { Injectable } from '@nestjs/common';
import { DataSource, QueryFailedError } from 'typeorm';
import { Actor, assertOperator } from '../../common/auth/actor.js';
import { badInput, notFound } from '../../common/errors/domain-error.js';
import { StudioEntity } from '../studios/studio.entity.js';
import { CreateUserInput } from './dto/create-user.input.js';
import { hashPassword } from './password.js';
import { Role, UserEntity } from './user.entity.js';

@Injectable()
export class UsersService {
  constructor(private readonly dataSource: DataSource) {}

  async findById(id: string): Promise<UserEntity> {
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ id });
    if (!user) throw notFound('User', id);
    return user;
  }

  async create(actor: Actor, input: CreateUserInput): Promise<UserEntity> {
    assertOperator(actor);
    const email = input.email.trim().toLowerCase();
    if (input.role === Role.STUDIO_MANAGER && !input.studioId) {
      throw badInput('studioId', 'A studio manager needs a studio: give studioId');
    }
    if (input.role === Role.OPERATOR && input.studioId) {
      throw badInput('studioId', 'An operator belongs to no studio: leave studioId empty');
    }
    return this.dataSource.transaction(async (em) => {
      if (input.studioId && !(await em.getRepository(StudioEntity).existsBy({ id: input.studioId }))) {
        throw notFound('Studio', input.studioId);
      }
      if (await em.getRepository(UserEntity).existsBy({ email })) {
        throw badInput('email', `An account with the e-mail ${email} already exists`);
      }
      const user = em.getRepository(UserEntity).create({
        email,
        fullName: input.fullName.trim(),
        role: input.role,
        studioId: input.studioId ?? null,
        passwordHash: await hashPassword(input.password),
      });
      try {
        return await em.getRepository(UserEntity).save(user);
      } catch (e) {
        if (e instanceof QueryFailedError && (e.driverError as { code?: string }).code === '23505') {
          throw badInput('email', `An account with the e-mail ${email} already exists`);
        }
        throw e;
      }
    });
  }
}
