import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { holdsDesksSql } from '../booking/desk-holds.js';
import { StudioEntity } from './studio.entity.js';

/** A studio scope: the studio a read is limited to, or null for the operator's "all". */
export type Scope = string | null;

/** What the onboarding checklist reads of a studio beyond its contracts. */
export interface OnboardingCounts {
  confirmedBookings: number;
  liveOptions: number;
  crewMembers: number;
  crewWithPass: number;
}

/** Studios: the only place with their SQL. Every read takes the caller's scope. */
@Injectable()
export class StudioRepository {
  constructor(private readonly dataSource: DataSource) {}

  private em(em?: EntityManager) {
    return em ?? this.dataSource.manager;
  }

  /** For loaders: keys come from rows already read through a scoped query. */
  byIds(ids: readonly string[]): Promise<StudioEntity[]> {
    return this.em().getRepository(StudioEntity).findBy({ id: In([...ids]) });
  }

  list(scope: Scope): Promise<StudioEntity[]> {
    const qb = this.em().getRepository(StudioEntity).createQueryBuilder('s');
    if (scope) qb.where('s.id = :scope', { scope });
    return qb.orderBy('s.name').getMany();
  }

  find(id: string, scope: Scope, em?: EntityManager, lock = false): Promise<StudioEntity | null> {
    const qb = this.em(em).getRepository(StudioEntity).createQueryBuilder('s').where('s.id = :id', { id });
    if (scope) qb.andWhere('s.id = :scope', { scope });
    if (lock) qb.setLock('pessimistic_write');
    return qb.getOne();
  }

  /**
   * Locks the studio row until the transaction ends: bookings of one studio are checked
   * against its contract's maxDesks one at a time. False when there is no such studio.
   */
  async lockForBooking(id: string, em: EntityManager): Promise<boolean> {
    const rows: unknown[] = await em.query(`SELECT id FROM studio WHERE id = $1 FOR UPDATE`, [id]);
    return rows.length > 0;
  }

  nameTaken(name: string, exceptId: string | null, em: EntityManager): Promise<boolean> {
    const qb = em.getRepository(StudioEntity).createQueryBuilder('s').where('lower(s.name) = lower(:name)', { name });
    if (exceptId) qb.andWhere('s.id <> :exceptId', { exceptId });
    return qb.getExists();
  }

  save(studio: StudioEntity, em: EntityManager): Promise<StudioEntity> {
    return em.getRepository(StudioEntity).save(studio);
  }

  /** Confirmed bookings, live options, crew members and crew holding a usable access pass, of the studio at `now`. */
  async onboardingCounts(studioId: string, now: Date): Promise<OnboardingCounts> {
    const [bookings] = await this.em().query(
      `SELECT count(*) FILTER (WHERE b.status = 'CONFIRMED')::int AS confirmed,
              count(*) FILTER (WHERE b.status = 'OPTION')::int AS options
         FROM booking b WHERE b.studio_id = $1 AND ${holdsDesksSql('b', '$2')}`,
      [studioId, now],
    );
    // crew_member belongs to the crew module, which may not be installed (yet).
    const [{ present }] = await this.em().query(`SELECT to_regclass('crew_member') IS NOT NULL AND to_regclass('access_pass') IS NOT NULL AS present`);
    const crew = present
      ? (
          await this.em().query(
            `SELECT (SELECT count(*) FROM crew_member WHERE studio_id = $1)::int AS members,
                    (SELECT count(DISTINCT a.crew_member_id) FROM crew_assignment a JOIN access_pass p ON p.assignment_id = a.id
                      WHERE a.studio_id = $1 AND a.live AND p.revoked_at IS NULL AND p.valid_to >= $2)::int AS with_pass`,
            [studioId, now],
          )
        )[0]
      : { members: 0, with_pass: 0 };
    return { confirmedBookings: bookings.confirmed, liveOptions: bookings.options, crewMembers: crew.members, crewWithPass: crew.with_pass };
  }
}
