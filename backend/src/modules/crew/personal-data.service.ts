import { Injectable } from '@nestjs/common';
import { format, parseISO, subMonths } from 'date-fns';
import { Transactions } from '../../common/database/transactions.js';
import { Actor } from '../../common/auth/actor.js';
import { Clock } from '../../common/time/clock.js';
import { parseDateRange } from '../../common/time/dates.js';
import { MailService } from '../mail/mail.service.js';
import { SettingsService } from '../settings/settings.service.js';
import { SiteRepository } from '../site/site.repository.js';
import { StudioRepository } from '../studios/studio.repository.js';
import { CrewMemberEntity } from './crew-member.entity.js';
import { CrewPasses } from './crew-passes.js';
import { CrewRepository } from './crew.repository.js';
import { CrewService } from './crew.service.js';

/** Months without any assignment after which a crew member's personal data is removed (setting). */
export const RETENTION_SETTING = 'crew.retentionMonths';
export const DEFAULT_RETENTION_MONTHS = 12;

/** GDPR: retention limit (scheduled anonymisation), access (export) and erasure on request. */
@Injectable()
export class PersonalDataService {
  constructor(
    private readonly transactions: Transactions,
    private readonly repo: CrewRepository,
    private readonly site: SiteRepository,
    private readonly studios: StudioRepository,
    private readonly crew: CrewService,
    private readonly passes: CrewPasses,
    private readonly mail: MailService,
    private readonly settings: SettingsService,
    private readonly clock: Clock,
  ) {}

  /**
   * Scheduled job: anonymises crew with no assignment whose last day falls in the last 12
   * months (nor any to come), added more than 12 months ago. Rows are taken with SKIP
   * LOCKED, so several instances can run it at once. Returns how many were anonymised.
   */
  async anonymiseInactiveCrew(): Promise<number> {
    const months = await this.settings.get<number>(RETENTION_SETTING, DEFAULT_RETENTION_MONTHS);
    const since = format(subMonths(parseISO(this.clock.today()), months), 'yyyy-MM-dd');
    return this.transactions.run(async (em) => {
      const ids = await this.repo.lockInactiveMembers(since, em);
      await this.crew.anonymise(ids, em);
      return ids.length;
    });
  }

  erase(actor: Actor, id: string): Promise<CrewMemberEntity> {
    return this.crew.remove(actor, id);
  }

  /** Everything held about a crew member, as JSON (right of access). Pass codes are not held: only their hashes. */
  async export(actor: Actor, id: string): Promise<string> {
    const member = await this.crew.get(actor, id);
    const assignments = await this.repo.listAssignments({ crewMemberId: id, includeEnded: true }, null);
    const [studio, { passes, checkIns }, mails] = await Promise.all([
      this.studios.find(member.studioId, null).then((s) => s!),
      this.passes.recordsOf(assignments.map((a) => a.id), id),
      this.mail.messagesTo(id),
    ]);
    const deskIds = [...new Set([...assignments.map((a) => a.deskId), ...checkIns.map((c) => c.deskId)])];
    const desks = new Map((await this.site.desksByIds(deskIds)).map((d) => [d.id, d.code]));
    const bookings = new Map(
      (await this.repo.bookingsByIds([...new Set(assignments.map((a) => a.bookingId))])).map((b) => [b.id, b]),
    );
    const data = {
      exportedAt: this.clock.now().toISOString(),
      controller: 'Studio FLEX Angoulême, on behalf of the studio',
      retention: `Anonymised ${DEFAULT_RETENTION_MONTHS} months after the last assignment, or on removal.`,
      crewMember: { id: member.id, fullName: member.fullName, email: member.email, jobTitle: member.jobTitle, studio: studio.name, addedAt: member.createdAt, anonymisedAt: member.anonymisedAt },
      assignments: assignments.map((a) => ({
        id: a.id,
        booking: bookings.get(a.bookingId)?.reference ?? null,
        production: bookings.get(a.bookingId)?.productionName ?? null,
        desk: desks.get(a.deskId) ?? null,
        ...renameRange(parseDateRange(a.days)),
        live: a.live,
        endReason: a.endReason,
        createdAt: a.createdAt,
      })),
      accessPasses: passes.map((p) => ({ assignmentId: p.assignmentId, validFrom: p.validFrom, validTo: p.validTo, createdAt: p.createdAt, revokedAt: p.revokedAt, revokeReason: p.revokeReason, code: 'not stored (hash only)' })),
      checkIns: checkIns.map((c) => ({ day: c.day, desk: desks.get(c.deskId) ?? null, checkedInAt: c.checkedInAt, checkedOutAt: c.checkedOutAt, closedAtEndOfDay: c.autoClosed })),
      emails: mails.map((m) => ({ to: m.toAddress, subject: m.subject, status: m.status, createdAt: m.createdAt, sentAt: m.sentAt })),
    };
    return JSON.stringify(data, null, 2);
  }
}

const renameRange = (r: { first: string; last: string }) => ({ startDate: r.first, endDate: r.last });
