import { Injectable } from '@nestjs/common';
import { Args, Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { ClientAddress, Public } from '../../common/auth/decorators.js';
import { DomainError, notFound } from '../../common/errors/domain-error.js';
import { ErrorCode } from '../../common/errors/error-code.js';
import { DateScalar } from '../../common/graphql/date.scalar.js';
import { RateLimiter, RateLimitStore } from '../../common/rate-limit/rate-limiter.js';
import { Clock } from '../../common/time/clock.js';
import { parseDateRange } from '../../common/time/dates.js';
import { CrewRepository } from '../crew/crew.repository.js';
import { SiteRepository } from '../site/site.repository.js';
import { StudioRepository } from '../studios/studio.repository.js';
import { AccessDenialReason } from './access-decision.js';
import { AccessRepository } from './access.repository.js';
import { hashPassLinkToken, PASS_LINK_TOKEN, PassService } from './pass.service.js';

/** Opening a pass link: attempts per client address and minute (the token has 192 random bits; this stops hammering). */
export const PASS_LINK_ATTEMPTS_PER_MINUTE = 30;

@ObjectType('PassLink', { description: 'The pass a crew member’s link opens, while it is valid: what the pass page shows and prints, nothing more.' })
export class PassLinkModel {
  @Field({ description: 'The access code (for the QR code and the kiosk).' }) code: string;
  @Field() fullName: string;
  @Field() studioName: string;
  @Field() productionName: string;
  @Field() deskCode: string;
  @Field() deskZone: string;
  @Field(() => DateScalar) startDate: string;
  @Field(() => DateScalar) endDate: string;
  @Field(() => Date) validTo: Date;
}

const refused = (reason: AccessDenialReason, message: string) => new DomainError(ErrorCode.FORBIDDEN, message, { reason });

/** The pass behind a link token: NOT_FOUND when unknown; FORBIDDEN (reason REVOKED or EXPIRED) once it no longer opens the door. */
@Injectable()
export class PassLinkService {
  private readonly limiter: RateLimiter;

  constructor(
    private readonly crew: CrewRepository,
    private readonly site: SiteRepository,
    private readonly studios: StudioRepository,
    private readonly repo: AccessRepository,
    private readonly passes: PassService,
    private readonly clock: Clock,
    limits: RateLimitStore,
  ) {
    this.limiter = new RateLimiter(limits, 'pass-link', PASS_LINK_ATTEMPTS_PER_MINUTE, 60_000);
  }

  async open(token: string, address: string): Promise<PassLinkModel> {
    await this.limiter.hit(address, 'pass link attempts');
    const pass = PASS_LINK_TOKEN.test(token) ? await this.repo.findPassByLinkHash(hashPassLinkToken(token)) : null;
    if (!pass) throw notFound('Pass link');
    if (pass.revokedAt) throw refused(AccessDenialReason.REVOKED, 'This pass was revoked: ask your production manager for a new one');
    if (pass.validTo < this.clock.now()) throw refused(AccessDenialReason.EXPIRED, 'This pass has expired');
    const code = this.passes.openCode(pass);
    if (!code) throw refused(AccessDenialReason.REVOKED, 'This pass can no longer be shown: ask your production manager for a new one');
    const assignment = (await this.crew.findAssignment(pass.assignmentId, null))!;
    const [member, [desk], studio, [booking]] = await Promise.all([
      this.crew.findMember(assignment.crewMemberId, null).then((m) => m!),
      this.site.desksByIds([assignment.deskId]),
      this.studios.find(assignment.studioId, null).then((s) => s!),
      this.crew.bookingsByIds([assignment.bookingId]),
    ]);
    const { first, last } = parseDateRange(assignment.days);
    return Object.assign(new PassLinkModel(), {
      code: this.passes.display(code),
      fullName: member.fullName,
      studioName: studio.name,
      productionName: booking.productionName,
      deskCode: desk.code,
      deskZone: desk.zone,
      startDate: first,
      endDate: last,
      validTo: pass.validTo,
    });
  }
}

@Resolver()
export class PassLinkResolver {
  constructor(private readonly links: PassLinkService) {}

  @Public()
  @Query(() => PassLinkModel, {
    description:
      "Anonymous: the pass a crew member's link (e-mailed with the pass) opens, to show and print. NOT_FOUND for an unknown link; FORBIDDEN with extensions.reason REVOKED or EXPIRED once the pass no longer opens the door. Limited per client address.",
  })
  passLink(@Args('token') token: string, @ClientAddress() address: string): Promise<PassLinkModel> {
    return this.links.open(token, address);
  }
}
