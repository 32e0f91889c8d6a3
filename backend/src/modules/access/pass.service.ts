import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor, isOperator } from '../../common/auth/actor.js';
import { badInput, invalidState, notFound } from '../../common/errors/domain-error.js';
import { Clock } from '../../common/time/clock.js';
import { endOfDateInZone, parseDateRange, SITE_TIMEZONE, startOfDateInZone } from '../../common/time/dates.js';
import { BookingEntity } from '../booking/booking.entity.js';
import { CrewAssignmentEntity } from '../crew/crew-assignment.entity.js';
import { CrewMemberEntity } from '../crew/crew-member.entity.js';
import { MailService } from '../mail/mail.service.js';
import { DeskEntity } from '../site/desk.entity.js';
import { SiteRepository } from '../site/site.repository.js';
import { StudioEntity } from '../studios/studio.entity.js';
import { AccessPassEntity, PassRevokeReason } from './access-pass.entity.js';
import { AccessRepository } from './access.repository.js';
import { formatPassCode, generatePassCode, hashPassCode, normalisePassCode } from './pass-code.js';
import { passCancelledMail, passMail } from './pass-mail.js';

const WHY: Record<PassRevokeReason, string> = {
  REVOKED: 'il a été révoqué',
  REISSUED: 'un nouveau code le remplace (voir le message suivant)',
  UNASSIGNED: "vous n'êtes plus affecté(e) à ce poste",
  BOOKING_CANCELLED: 'la réservation a été annulée',
  BOOKING_CHANGED: 'la réservation a changé et ne comprend plus ce poste à ces dates',
  CREW_REMOVED: "vous avez été retiré(e) de l'équipe",
};

/**
 * Access passes: one usable pass per live assignment. The plain code is returned once (to
 * whoever created it) and e-mailed to the crew member; only its hash is kept. A lost code
 * is replaced by reissuing (the old one is revoked), never shown again.
 */
@Injectable()
export class PassService {
  constructor(
    private readonly repo: AccessRepository,
    private readonly mail: MailService,
    private readonly site: SiteRepository,
    private readonly clock: Clock,
  ) {}

  /** Validity of a pass for an assignment's days: first day 00:00 to last day 23:59:59, Europe/Paris. */
  static validity(days: string): { validFrom: Date; validTo: Date } {
    const { first, last } = parseDateRange(days);
    return { validFrom: startOfDateInZone(first, SITE_TIMEZONE), validTo: endOfDateInZone(last, SITE_TIMEZONE) };
  }

  /** A new pass for the assignment, e-mailed to the crew member; returns it with its plain code. */
  async issue(assignment: CrewAssignmentEntity, em: EntityManager): Promise<{ pass: AccessPassEntity; code: string }> {
    const code = generatePassCode();
    const pass = await this.repo.insertPass(
      { assignmentId: assignment.id, codeHash: hashPassCode(normalisePassCode(code)!), ...PassService.validity(assignment.days), revokedAt: null, revokeReason: null },
      em,
    );
    await this.mailPass(assignment, pass, code, em);
    return { pass, code };
  }

  private async mailFacts(assignment: CrewAssignmentEntity, em: EntityManager) {
    // One after the other: inside a transaction they share one connection.
    const member = await em.getRepository(CrewMemberEntity).findOneByOrFail({ id: assignment.crewMemberId });
    const desk = await em.getRepository(DeskEntity).findOneByOrFail({ id: assignment.deskId });
    const studio = await em.getRepository(StudioEntity).findOneByOrFail({ id: assignment.studioId });
    const booking = await em.getRepository(BookingEntity).findOneByOrFail({ id: assignment.bookingId });
    const site = await this.site.mainSite(em);
    const { first, last } = parseDateRange(assignment.days);
    return {
      member,
      facts: { fullName: member.fullName, studioName: studio.name, productionName: booking.productionName, deskCode: desk.code, startDate: first, endDate: last, siteName: site.name, siteAddress: site.address },
    };
  }

  private async mailPass(assignment: CrewAssignmentEntity, pass: AccessPassEntity, code: string, em: EntityManager): Promise<void> {
    const { member, facts } = await this.mailFacts(assignment, em);
    if (!member.email) return;
    const { subject, text, html } = passMail(facts);
    await this.mail.enqueue(
      { to: member.email, subject, text, html, secret: code, qrOfSecret: true, kind: 'ACCESS_PASS', studioId: assignment.studioId, crewMemberId: member.id, accessPassId: pass.id },
      em,
    );
  }

  /** Revokes the usable passes of these assignments, tells the crew members, forgets the codes. */
  async revokeForAssignments(assignments: CrewAssignmentEntity[], reason: PassRevokeReason, em: EntityManager, notify = true): Promise<void> {
    const revoked = await this.repo.revokeActivePasses(assignments.map((a) => a.id), reason, em);
    await this.mail.forgetSecretsOfPasses(revoked, em);
    if (!notify || !revoked.length) return;
    const withRevokedPass = new Set((await this.repo.passesOfAssignments(assignments.map((a) => a.id), em)).filter((p) => revoked.includes(p.id)).map((p) => p.assignmentId));
    for (const assignment of assignments.filter((a) => withRevokedPass.has(a.id))) {
      // Nobody needs telling about a pass whose days are all past.
      if (parseDateRange(assignment.days).last < this.clock.today()) continue;
      const { member, facts } = await this.mailFacts(assignment, em);
      if (!member.email) continue;
      const { subject, text } = passCancelledMail(facts, WHY[reason]);
      await this.mail.enqueue({ to: member.email, subject, text, kind: 'ACCESS_PASS_REVOKED', studioId: assignment.studioId, crewMemberId: member.id }, em);
    }
  }

  /** The assignment's days changed: its usable pass follows. */
  async followDays(assignmentId: string, days: string, em: EntityManager): Promise<void> {
    const { validFrom, validTo } = PassService.validity(days);
    await this.repo.setActivePassValidity(assignmentId, validFrom, validTo, em);
  }

  /** `revokeAccessPass(code)`: the pass's studio manager or the operator; another studio's code is unknown. */
  async revokeByCode(actor: Actor, code: string, em: EntityManager): Promise<AccessPassEntity> {
    const normalised = normalisePassCode(code);
    if (!normalised) throw badInput('code', 'This is not an access code: it has 20 letters and digits, e.g. 7KQ2M-X9D4R-0HVTB-C3N8P');
    const pass = await this.repo.findPassByHash(hashPassCode(normalised), em);
    const assignment = pass ? await em.getRepository(CrewAssignmentEntity).findOneByOrFail({ id: pass.assignmentId }) : null;
    if (!pass || !assignment || (!isOperator(actor) && assignment.studioId !== actor.studioId)) throw notFound('Access pass');
    if (pass.revokedAt) return pass;
    await this.revokeForAssignments([assignment], PassRevokeReason.REVOKED, em);
    return em.getRepository(AccessPassEntity).findOneByOrFail({ id: pass.id });
  }

  /** A new code for a live assignment (lost or leaked code): the previous one stops working. */
  async reissue(assignment: CrewAssignmentEntity, em: EntityManager): Promise<{ pass: AccessPassEntity; code: string }> {
    if (!assignment.live) throw invalidState('This assignment has ended: its pass cannot be reissued');
    if (parseDateRange(assignment.days).last < this.clock.today()) throw invalidState('This assignment is over: there is nothing left to open');
    await this.revokeForAssignments([assignment], PassRevokeReason.REISSUED, em, false);
    return this.issue(assignment, em);
  }

  /** Drops from the outbox the codes of passes that expired or were revoked. */
  async forgetDeadSecrets(em: EntityManager): Promise<void> {
    await this.mail.forgetSecretsOfPasses(await this.repo.passIdsExpiredBefore(this.clock.now(), em), em);
  }

  display(code: string): string {
    return formatPassCode(normalisePassCode(code)!);
  }
}
