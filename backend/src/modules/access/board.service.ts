import { TZDate } from '@date-fns/tz';
import { Injectable } from '@nestjs/common';
import { format } from 'date-fns';
import { Actor, studioScope, studioScopeAtSites } from '../../common/auth/actor.js';
import { badInput } from '../../common/errors/domain-error.js';
import { Clock } from '../../common/time/clock.js';
import { dateInZone, isSupportedMonth, LocalDate, monthBounds, SITE_TIMEZONE } from '../../common/time/dates.js';
import type { CrewAssignmentEntity } from '../crew/crew-assignment.entity.js';
import { CrewRepository } from '../crew/crew.repository.js';
import { KitStatus } from '../kits/kit.entity.js';
import { SettingsService } from '../settings/settings.service.js';
import { isOpenDay } from '../site/opening.js';
import { SiteRepository } from '../site/site.repository.js';
import { SiteScope } from '../site/site-scope.service.js';
import { SiteService } from '../site/site.service.js';
import { StudioRepository } from '../studios/studio.repository.js';
import { deskBookable } from '../booking/desk-holds.js';
import { AccessRepository } from './access.repository.js';
import { BoardLoaded } from './access.model.js';
import { BoardRepository } from './board.repository.js';
import { boardStatus, BoardStatus } from './board-status.js';
import { CheckInEntity } from './check-in.entity.js';
import { computeOccupancy, mergeOccupancy, StudioOccupancy } from './occupancy.js';

/** Europe/Paris time of day after which someone expected and not arrived is a no-show (setting). */
export const NO_SHOW_AFTER_SETTING = 'crew.noShowAfter';
export const DEFAULT_NO_SHOW_AFTER = '12:00';

export interface BoardEntry {
  status: BoardStatus;
  deskId: string;
  studioId: string | null;
  crewMemberId: string | null;
  booked: boolean;
  assignment: CrewAssignmentEntity | null;
  checkIn: CheckInEntity | null;
  /** Read with the board: the field resolvers answer from them without a load. */
  loaded: BoardLoaded;
}

/** The operator's daily board and the occupancy report. */
@Injectable()
export class BoardService {
  constructor(
    private readonly repo: AccessRepository,
    private readonly board: BoardRepository,
    private readonly crew: CrewRepository,
    private readonly studios: StudioRepository,
    private readonly site: SiteRepository,
    private readonly siteService: SiteService,
    private readonly settings: SettingsService,
    private readonly scope: SiteScope,
    private readonly clock: Clock,
  ) {}

  /** Every desk of one site on `date`, by code, with who is expected, present, gone or missing (desks, kits, crew, check-ins and bookings in one read). */
  async dailyBoard(actor: Actor, date: LocalDate, siteId?: string | null): Promise<BoardEntry[]> {
    const today = this.clock.today();
    const site = (await this.scope.one(actor, siteId)).id;
    const [desks, calendar, cutoff] = await Promise.all([
      this.board.boardDay(date, site),
      this.siteService.calendar(site, date, date),
      this.settings.get<string>(NO_SHOW_AFTER_SETTING, DEFAULT_NO_SHOW_AFTER),
    ]);
    const pastCutoff = date === today && format(new TZDate(this.clock.now().getTime(), SITE_TIMEZONE), 'HH:mm:ss') >= normaliseTime(cutoff);
    const open = isOpenDay(calendar, date);
    return desks.map((desk) => {
      const { assignment, checkIn } = desk;
      const status = boardStatus({
        date,
        today,
        pastCutoff,
        siteOpen: open,
        kitOperational: desk.kit?.status === KitStatus.OPERATIONAL,
        assigned: assignment !== null,
        checkIn,
      });
      // Someone assigned on a closed day is not expected: the board shows the desk free.
      const shownAssignment = status === BoardStatus.FREE ? null : assignment;
      const studioId = checkIn?.studioId ?? assignment?.studioId ?? desk.booked?.studioId ?? null;
      const crewMemberId = checkIn?.crewMemberId ?? shownAssignment?.crewMemberId ?? null;
      return {
        status,
        deskId: desk.id,
        studioId,
        crewMemberId,
        booked: desk.booked !== null,
        assignment: shownAssignment,
        checkIn,
        loaded: { desk, bookable: deskBookable(desk.kit), crewMember: desk.member?.id === crewMemberId ? desk.member : null, studio: desk.studio?.id === studioId ? desk.studio : null },
      };
    });
  }

  /**
   * Booked vs checked-in desk-days per studio for a month ('YYYY-MM') at one site or, without
   * siteId, every site the caller sees (each desk-day counted on its own site's open days);
   * a manager sees their studio.
   */
  async occupancy(actor: Actor, month: string, studioId?: string | null, siteId?: string | null): Promise<Array<StudioOccupancy & { month: string; studioName: string }>> {
    if (!isSupportedMonth(month)) throw badInput('month', 'month is written YYYY-MM (e.g. 2026-03), from 2000-01 to 2199-12');
    const scope = studioScopeAtSites(actor, studioId);
    const { first, last } = monthBounds(month);
    const siteIds = (await this.scope.many(actor, siteId)) ?? (await this.site.sites()).map((s) => s.id);
    const calendars = await this.siteService.calendars(siteIds, first, last);
    const perSite = await Promise.all(
      siteIds.map(async (site) => {
        const [booked, assigned, checkIns] = await Promise.all([
          this.repo.confirmedDesksBetween(first, last, scope, site),
          this.crew.liveAssignmentsBetween(first, last, scope, site),
          this.repo.checkInsBetween(first, last, scope, site),
        ]);
        return computeOccupancy({
          from: first,
          to: last,
          today: dateInZone(this.clock.now()),
          calendar: calendars.of(site),
          booked: booked.map((b) => ({ studioId: b.studio_id, deskId: b.desk_id, days: b.days })),
          assigned,
          checkIns,
        });
      }),
    );
    const rows = mergeOccupancy(perSite.flat());
    const studios = new Map((await this.studios.byIds(rows.map((r) => r.studioId))).map((s) => [s.id, s.name]));
    return rows.map((r) => ({ ...r, month, studioName: studios.get(r.studioId) ?? '' })).sort((a, b) => a.studioName.localeCompare(b.studioName, 'fr'));
  }
}

/** '9:30' → '09:30:00', comparable with a 24-hour 'HH:MM:SS' clock reading. */
function normaliseTime(value: string): string {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!m) return '12:00:00';
  return `${m[1].padStart(2, '0')}:${m[2]}:${m[3] ?? '00'}`;
}
