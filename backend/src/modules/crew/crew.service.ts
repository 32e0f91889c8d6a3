import { Injectable } from '@nestjs/common';
import { EntityManager, QueryFailedError } from 'typeorm';
import { Actor, assertStudioAccess, studioScope } from '../../common/auth/actor.js';
import { badInput, invalidState, notFound } from '../../common/errors/domain-error.js';
import { MailService } from '../mail/mail.service.js';
import { StudioRepository } from '../studios/studio.repository.js';
import { AssignmentEndReason } from './crew-assignment.entity.js';
import { CrewMemberEntity } from './crew-member.entity.js';
import { CrewPasses } from './crew-passes.js';
import { CrewRepository } from './crew.repository.js';
import { AddCrewMemberInput, UpdateCrewMemberInput } from './dto/add-crew-member.input.js';
import { Transactions } from '../../common/database/transactions.js';

/** The crew directory of each studio: managers manage their own crew, the operator sees all. */
@Injectable()
export class CrewService {
  constructor(
    private readonly transactions: Transactions,
    private readonly repo: CrewRepository,
    private readonly studios: StudioRepository,
    private readonly passes: CrewPasses,
    private readonly mail: MailService,
  ) {}

  list(actor: Actor, studioId: string | null | undefined, includeRemoved: boolean): Promise<CrewMemberEntity[]> {
    return this.repo.listMembers(studioScope(actor, studioId), includeRemoved);
  }

  /** Another studio's crew member answers NOT_FOUND: its existence is not revealed. */
  async get(actor: Actor, id: string, em?: EntityManager, lock = false): Promise<CrewMemberEntity> {
    const member = await this.repo.findMember(id, studioScope(actor), em, lock);
    if (!member) throw notFound('Crew member', id);
    return member;
  }

  async add(actor: Actor, input: AddCrewMemberInput): Promise<CrewMemberEntity> {
    assertStudioAccess(actor, input.studioId);
    const email = input.email.trim().toLowerCase();
    return this.transactions.run(async (em) => {
      if (!(await this.studios.find(input.studioId, null, em))) throw notFound('Studio', input.studioId);
      if (await this.repo.emailTaken(input.studioId, email, null, em)) throw duplicateEmail(email);
      const member = Object.assign(new CrewMemberEntity(), {
        studioId: input.studioId,
        fullName: input.fullName.trim(),
        email,
        jobTitle: input.jobTitle?.trim() || null,
        anonymisedAt: null,
      });
      return this.saveUnique(member, em);
    });
  }

  async update(actor: Actor, id: string, input: UpdateCrewMemberInput): Promise<CrewMemberEntity> {
    return this.transactions.run(async (em) => {
      const member = await this.get(actor, id, em, true);
      if (member.anonymisedAt) throw invalidState('This crew member was removed: their data is gone and cannot be edited');
      if (input.fullName !== undefined && input.fullName !== null) member.fullName = input.fullName.trim();
      if (input.email !== undefined && input.email !== null) {
        const email = input.email.trim().toLowerCase();
        if (await this.repo.emailTaken(member.studioId, email, member.id, em)) throw duplicateEmail(email);
        member.email = email;
      }
      if (input.jobTitle !== undefined) member.jobTitle = input.jobTitle?.trim() || null;
      return this.saveUnique(member, em);
    });
  }

  /**
   * Removal (and erasure on request): live assignments end and their passes are revoked,
   * then the personal data is anonymised. Check-ins stay, counted without a name.
   */
  async remove(actor: Actor, id: string): Promise<CrewMemberEntity> {
    const member = await this.transactions.run(async (em) => {
      const found = await this.get(actor, id, em, true);
      await this.anonymise([found.id], em);
      return (await this.repo.findMember(found.id, null, em))!;
    });
    this.mail.deliverSoon();
    return member;
  }

  /** Ends the live assignments of these people (passes revoked), then removes their personal data. */
  async anonymise(ids: string[], em: EntityManager): Promise<void> {
    for (const id of ids) {
      const live = await this.repo.lockLiveAssignmentsOfMember(id, em);
      // The person is told nothing: their address is about to be erased.
      await this.passes.revokeForAssignments(live, 'CREW_REMOVED', em, false);
      await this.repo.endAssignments(live.map((a) => a.id), AssignmentEndReason.CREW_REMOVED, em);
    }
    await this.repo.anonymiseMembers(ids, em);
    await this.mail.eraseRecipient(ids, em);
  }

  private async saveUnique(member: CrewMemberEntity, em: EntityManager): Promise<CrewMemberEntity> {
    try {
      return await this.repo.saveMember(member, em);
    } catch (e) {
      if (e instanceof QueryFailedError && (e.driverError as { code?: string }).code === '23505') throw duplicateEmail(member.email ?? '');
      throw e;
    }
  }
}

const duplicateEmail = (email: string) => badInput('email', `${email} is already in this studio's crew`, { reason: 'EMAIL_TAKEN', email });
