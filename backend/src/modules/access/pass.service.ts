import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor, isOperator } from '../../common/auth/actor.js';
import { badInput, invalidState, notFound } from '../../common/errors/domain-error.js';
import { randomToken, SecretBox, SecretBoxError, sha256Hex } from '../../common/crypto/secret-box.js';
import { Transactions } from '../../common/database/transactions.js';
import { Clock } from '../../common/time/clock.js';
import { FLEX_CONFIG } from '../../config/config.js';
import type { FlexConfig } from '../../config/config.js';
import { endOfDateInZone, parseDateRange, SITE_TIMEZONE, startOfDateInZone } from '../../common/time/dates.js';
import type { CrewAssignmentEntity } from '../crew/crew-assignment.entity.js';
import { CheckInRecord, CrewPasses, PassRecord } from '../crew/crew-passes.js';
import { CrewRepository } from '../crew/crew.repository.js';
import { MailRecipientsRepository } from '../mail/mail-recipients.repository.js';
import { MailService } from '../mail/mail.service.js';
import { SiteRepository } from '../site/site.repository.js';
import { StudioRepository } from '../studios/studio.repository.js';
import { AccessPassEntity, PASS_CODE_CONTEXT, PassRevokeReason } from './access-pass.entity.js';
import { AccessRepository } from './access.repository.js';
import { formatPassCode, generatePassCode, hashPassCode, normalisePassCode } from './pass-code.js';
import { PASS_LINK_PLACEHOLDER, passCancelledMail, passMail, passNoticeForManagers } from './pass-mail.js';


/** The pass link's token: 32 URL-safe characters (192 random bits). */
export const PASS_LINK_TOKEN = /^[A-Za-z0-9_-]{32}$/;
export const hashPassLinkToken = (token: string) => sha256Hex(`flex-pass-link:${token}`);

/**
 * Access passes: one usable pass per live assignment. The door checks the code's hash; the
 * code is also kept sealed so the studio's manager (signed in) and the crew member (through the
 * pass link e-mailed to them) can show and print the pass again while it is valid. Revoking
 * forgets the sealed code; a leaked code is replaced by reissuing.
 */
@Injectable()
export class PassService implements OnModuleInit {
  private readonly logger = new Logger('Passes');

  constructor(
    private readonly crewPasses: CrewPasses,
    private readonly crew: CrewRepository,
    private readonly studios: StudioRepository,
    private readonly transactions: Transactions,
    private readonly repo: AccessRepository,
    private readonly mail: MailService,
    private readonly site: SiteRepository,
    private readonly clock: Clock,
    private readonly secrets: SecretBox,
    private readonly recipients: MailRecipientsRepository,
    @Inject(FLEX_CONFIG) private readonly config: FlexConfig,
  ) {}

  /** Crew issues and ends passes through its CrewPasses port: this module keeps them. */
  onModuleInit(): void {
    this.crewPasses.provide({
      issue: (assignment, em) => this.issue(assignment, em),
      reissue: (assignment, em) => this.reissue(assignment, em),
      revokeForAssignments: (assignments, cause, em, notify) => this.revokeForAssignments(assignments, PassRevokeReason[cause], em, notify),
      followDays: (assignmentId, days, em) => this.followDays(assignmentId, days, em),
      recordsOf: (assignmentIds, crewMemberId) => this.recordsOf(assignmentIds, crewMemberId),
    });
  }

  /** A person's passes and check-ins (the crew member's personal-data export). */
  async recordsOf(assignmentIds: string[], crewMemberId: string): Promise<{ passes: PassRecord[]; checkIns: CheckInRecord[] }> {
    const [passes, checkIns] = await Promise.all([this.repo.passesOfAssignments(assignmentIds), this.repo.checkInsOfMember(crewMemberId)]);
    return { passes, checkIns };
  }

  /** The pass's code while it is usable (not revoked, not past), opened from its seal; null otherwise. */
  openCode(pass: AccessPassEntity): string | null {
    if (!pass.sealedCode || pass.revokedAt || pass.validTo < this.clock.now()) return null;
    try {
      return this.secrets.open(pass.sealedCode, `${PASS_CODE_CONTEXT}:${pass.id}`);
    } catch (e) {
      if (!(e instanceof SecretBoxError)) throw e;
      this.logger.warn(`The code of pass ${pass.id} does not open with the configured FLEX_SECRET_KEY`);
      return null;
    }
  }

  /** Validity of a pass for an assignment's days: first day 00:00 to last day 23:59:59, Europe/Paris. */
  static validity(days: string): { validFrom: Date; validTo: Date } {
    const { first, last } = parseDateRange(days);
    return { validFrom: startOfDateInZone(first, SITE_TIMEZONE), validTo: endOfDateInZone(last, SITE_TIMEZONE) };
  }

  /** A new pass for the assignment, e-mailed to the crew member; returns it with its plain code. */
  async issue(assignment: CrewAssignmentEntity, em: EntityManager): Promise<{ pass: AccessPassEntity; code: string }> {
    const code = generatePassCode();
    const linkToken = randomToken(24);
    const pass = await this.repo.insertPass(
      { assignmentId: assignment.id, codeHash: hashPassCode(normalisePassCode(code)!), linkTokenHash: hashPassLinkToken(linkToken), ...PassService.validity(assignment.days), revokedAt: null, revokeReason: null },
      em,
    );
    // Sealed for this pass only: a seal copied onto another pass does not open.
    await this.repo.setSealedCode(pass.id, this.secrets.seal(code, `${PASS_CODE_CONTEXT}:${pass.id}`), em);
    await this.mailPass(assignment, pass, code, linkToken, em);
    return { pass, code };
  }

  private async mailFacts(assignment: CrewAssignmentEntity, em: EntityManager) {
    // One after the other: inside a transaction they share one connection.
    const member = (await this.crew.findMember(assignment.crewMemberId, null, em))!;
    const [desk] = await this.site.desksByIds([assignment.deskId], em);
    const studio = (await this.studios.find(assignment.studioId, null, em))!;
    const [booking] = await this.crew.bookingsByIds([assignment.bookingId], em);
    const [site] = await this.site.sitesByIds([desk.siteId], em);
    const { first, last } = parseDateRange(assignment.days);
    return {
      member,
      language: studio.language,
      facts: { fullName: member.fullName, studioName: studio.name, productionName: booking.productionName, deskCode: desk.code, startDate: first, endDate: last, siteName: site.name, siteAddress: site.address },
    };
  }

  private async mailPass(assignment: CrewAssignmentEntity, pass: AccessPassEntity, code: string, linkToken: string, em: EntityManager): Promise<void> {
    const { member, facts, language } = await this.mailFacts(assignment, em);
    if (member.email) {
      const { subject, text, html } = passMail({ ...facts, passUrl: `${this.config.publicUrl}/pass/${PASS_LINK_PLACEHOLDER}` }, language);
      await this.mail.enqueueOnce(
        {
          to: member.email, subject, text, html, secret: code, moreSecrets: { link: linkToken }, qrOfSecret: true, kind: 'ACCESS_PASS',
          studioId: assignment.studioId, crewMemberId: member.id, accessPassId: pass.id, eventKey: `pass-issued:${pass.id}:${member.email}`,
        },
        em,
      );
    }
    await this.tellManagers(assignment, pass.id, 'issued', null, em);
  }

  /** The studio's managers hear of every pass issued or revoked (without its code). */
  private async tellManagers(assignment: CrewAssignmentEntity, passId: string, event: 'issued' | 'revoked', reason: PassRevokeReason | null, em: EntityManager): Promise<void> {
    const { member, facts } = await this.mailFacts(assignment, em);
    const audience = await this.recipients.managersOf(assignment.studioId, em);
    const { subject, text, html } = passNoticeForManagers({ ...facts, email: member.email }, event, reason, audience.language);
    await this.mail.enqueueToEach(audience.addresses, { subject, text, html, kind: `ACCESS_PASS_${event.toUpperCase()}_NOTICE`, studioId: assignment.studioId }, `pass-${event}-notice:${passId}`, em);
  }

  /** Revokes the usable passes of these assignments, tells the crew members, forgets the codes. */
  async revokeForAssignments(assignments: CrewAssignmentEntity[], reason: PassRevokeReason, em: EntityManager, notify = true): Promise<void> {
    const revoked = await this.repo.revokeActivePasses(assignments.map((a) => a.id), reason, em);
    await this.mail.forgetSecretsOfPasses(revoked, em);
    if (!notify || !revoked.length) return;
    const passes = new Map((await this.repo.passesOfAssignments(assignments.map((a) => a.id), em)).filter((p) => revoked.includes(p.id)).map((p) => [p.id, p.assignmentId]));
    const withRevokedPass = new Set(passes.values());
    for (const assignment of assignments.filter((a) => withRevokedPass.has(a.id))) {
      // Nobody needs telling about a pass whose days are all past.
      if (parseDateRange(assignment.days).last < this.clock.today()) continue;
      const passId = revoked.find((id) => passes.get(id) === assignment.id)!;
      const { member, facts, language } = await this.mailFacts(assignment, em);
      if (member.email) {
        const { subject, text, html } = passCancelledMail(facts, reason, language);
        await this.mail.enqueueOnce(
          { to: member.email, subject, text, html, kind: 'ACCESS_PASS_REVOKED', studioId: assignment.studioId, crewMemberId: member.id, eventKey: `pass-revoked:${passId}:${member.email}` },
          em,
        );
      }
      // A reissue is told by the new pass's notice.
      if (reason !== PassRevokeReason.REISSUED) await this.tellManagers(assignment, passId, 'revoked', reason, em);
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
    const assignment = pass ? await this.crew.findAssignment(pass.assignmentId, null, em) : null;
    if (!pass || !assignment || (!isOperator(actor) && assignment.studioId !== actor.studioId)) throw notFound('Access pass');
    if (pass.revokedAt) return pass;
    await this.revokeForAssignments([assignment], PassRevokeReason.REVOKED, em);
    return this.repo.findPass(pass.id, em);
  }

  /** A new code for a live assignment (lost or leaked code): the previous one stops working. */
  async reissue(assignment: CrewAssignmentEntity, em: EntityManager): Promise<{ pass: AccessPassEntity; code: string }> {
    if (!assignment.live) throw invalidState('This assignment has ended: its pass cannot be reissued');
    if (parseDateRange(assignment.days).last < this.clock.today()) throw invalidState('This assignment is over: there is nothing left to open');
    await this.revokeForAssignments([assignment], PassRevokeReason.REISSUED, em, false);
    return this.issue(assignment, em);
  }

  /** The scheduled job: forgets, in a transaction of its own, the codes of passes that expired. */
  forgetDeadSecretsNow(): Promise<void> {
    return this.transactions.run((em) => this.forgetDeadSecrets(em));
  }

  /** Drops from the outbox the codes of passes that expired or were revoked. */
  async forgetDeadSecrets(em: EntityManager): Promise<void> {
    await this.mail.forgetSecretsOfPasses(await this.repo.passIdsExpiredBefore(this.clock.now(), em), em);
    await this.repo.forgetCodesExpiredBefore(this.clock.now(), em);
  }

  display(code: string): string {
    return formatPassCode(normalisePassCode(code)!);
  }
}
