import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { LocalDate } from '../../common/time/dates.js';
import { BookingEntity, BookingStatus } from '../booking/booking.entity.js';
import { CrewAssignmentEntity } from '../crew/crew-assignment.entity.js';
import { CrewMemberEntity } from '../crew/crew-member.entity.js';
import { KitEntity } from '../kits/kit.entity.js';
import { DeskEntity } from '../site/desk.entity.js';
import { StudioEntity } from '../studios/studio.entity.js';
import { CheckInEntity } from './check-in.entity.js';

/** A desk on a day with everything the board shows of it, read together. */
export interface BoardDesk extends DeskEntity {
  kit: KitEntity | null;
  assignment: CrewAssignmentEntity | null;
  checkIn: CheckInEntity | null;
  /** The confirmed booking holding it that day. */
  booked: BookingEntity | null;
  /** Whoever checked in there, else whoever is assigned. */
  member: CrewMemberEntity | null;
  /** The studio of the check-in, else of the assignment, else of the booking. */
  studio: StudioEntity | null;
}

/** The daily board's read: every desk of the site on the day with its kit, crew, check-in and booking in one statement. */
@Injectable()
export class BoardRepository {
  constructor(private readonly dataSource: DataSource) {}

  async boardDay(day: LocalDate, siteId: string): Promise<BoardDesk[]> {
    const rows = await this.dataSource.manager
      .getRepository(DeskEntity)
      .createQueryBuilder('d')
      .leftJoinAndMapOne('d.kit', KitEntity, 'k', 'k.deskId = d.id')
      .leftJoinAndMapOne('d.assignment', CrewAssignmentEntity, 'a', 'a.deskId = d.id AND a.live AND a.days @> CAST(:day AS date)', { day })
      .leftJoinAndMapOne('d.checkIn', CheckInEntity, 'c', 'c.deskId = d.id AND c.day = :day', { day })
      .leftJoin('booking_desk', 'bd', 'bd.desk_id = d.id AND bd.live AND bd.days @> CAST(:day AS date)', { day })
      .leftJoinAndMapOne('d.booked', BookingEntity, 'b', 'b.id = bd.booking_id AND b.status = :confirmed', { confirmed: BookingStatus.CONFIRMED })
      .leftJoinAndMapOne('d.member', CrewMemberEntity, 'm', 'm.id = coalesce(c.crewMemberId, a.crewMemberId)')
      .leftJoinAndMapOne('d.studio', StudioEntity, 's', 's.id = coalesce(c.studioId, a.studioId, b.studioId)')
      .where('d.siteId = :siteId', { siteId })
      .orderBy('d.code')
      .addOrderBy('c.checkedInAt', 'DESC')
      .getMany();
    return rows.map((r) => Object.assign(r, { kit: null, assignment: null, checkIn: null, booked: null, member: null, studio: null, ...r })) as BoardDesk[];
  }
}
