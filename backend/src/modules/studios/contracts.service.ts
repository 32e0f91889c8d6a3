import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor, assertOperator, studioScope } from '../../common/auth/actor.js';
import { badInput, invalidState, notFound } from '../../common/errors/domain-error.js';
import { formatDocumentNumber, nextDocumentNumber } from '../../common/numbering/next-number.js';
import { Clock } from '../../common/time/clock.js';
import { ContractEntity, ContractStatus } from './contract.entity.js';
import { ContractRepository } from './contract.repository.js';
import { sortTiers } from './contract-rate.js';
import { CreateContractInput } from './dto/create-contract.input.js';
import { StudioRepository } from './studio.repository.js';
import { Transactions } from '../../common/database/transactions.js';

export const DEFAULT_NOTICE_DAYS = 14;
export const DEFAULT_LATE_FEE_PCT = 50;

/** Contracts: the operator drafts, activates and terminates them; a manager reads its studio's. */
@Injectable()
export class ContractsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly repo: ContractRepository,
    private readonly studios: StudioRepository,
    private readonly clock: Clock,
  ) {}

  list(actor: Actor, studioId?: string | null): Promise<ContractEntity[]> {
    return this.repo.list(studioScope(actor, studioId));
  }

  async get(actor: Actor, id: string): Promise<ContractEntity> {
    const contract = await this.repo.find(id, studioScope(actor));
    if (!contract) throw notFound('Contract', id);
    return contract;
  }

  /** A DRAFT numbered CT-YYYY-NNN (year of its creation); tiers stored sorted. */
  async create(actor: Actor, input: CreateContractInput): Promise<ContractEntity> {
    assertOperator(actor);
    if (input.endDate < input.startDate) throw badInput('endDate', 'The contract ends before it starts: check the dates', { reason: 'END_BEFORE_START' });
    const tiers = input.volumeTiers ?? [];
    const thresholds = new Set(tiers.map((t) => t.fromDeskDays));
    if (thresholds.size !== tiers.length) throw badInput('volumeTiers', 'Two volume tiers start at the same number of desk-days: give each tier its own threshold');
    return this.transactions.run(async (em) => {
      if (!(await this.studios.find(input.studioId, null, em))) throw notFound('Studio', input.studioId);
      const year = Number(this.clock.today().slice(0, 4));
      const number = formatDocumentNumber('CT', year, await nextDocumentNumber(em, 'CT', year), 3);
      const contract = Object.assign(new ContractEntity(), {
        number,
        studioId: input.studioId,
        status: ContractStatus.DRAFT,
        startDate: input.startDate,
        endDate: input.endDate,
        dailyRateCents: input.dailyRateCents,
        volumeTiers: sortTiers(tiers),
        maxDesks: input.maxDesks,
        insurancePolicyRef: input.insurancePolicyRef.trim(),
        insuranceExpiresOn: input.insuranceExpiresOn,
        cancellationNoticeDays: input.cancellationNoticeDays ?? DEFAULT_NOTICE_DAYS,
        lateCancellationFeePct: input.lateCancellationFeePct ?? DEFAULT_LATE_FEE_PCT,
        activatedAt: null,
        terminatedAt: null,
      });
      const siteIds = await this.checkSites(input.siteIds ?? null, em);
      const saved = await this.repo.save(contract, em);
      await this.repo.setSites(saved.id, siteIds, em);
      return saved;
    });
  }

  /** The sites a contract covers (at least one): its studio books at any of them while it is active. */
  async setSites(actor: Actor, id: string, siteIds: string[]): Promise<ContractEntity> {
    assertOperator(actor);
    return this.transactions.run(async (em) => {
      const contract = await this.repo.find(id, null, em, true);
      if (!contract) throw notFound('Contract', id);
      await this.repo.setSites(contract.id, await this.checkSites(siteIds, em), em);
      return contract;
    });
  }

  /** Existing sites, at least one; none given: the first site. */
  private async checkSites(siteIds: string[] | null, em: EntityManager): Promise<string[]> {
    if (siteIds && !siteIds.length) throw badInput('siteIds', 'A contract covers at least one site');
    const unique = siteIds ? [...new Set(siteIds)] : null;
    const found = await this.repo.existingSites(unique, em);
    if (unique && found.length !== unique.length) throw notFound('Site', unique.find((id) => !found.includes(id)));
    return found;
  }

  /**
   * DRAFT → ACTIVE. Two ACTIVE contracts of one studio never share a day, so the contract
   * (rate, maxDesks, notice) that governs a booking is never ambiguous.
   */
  async activate(actor: Actor, id: string): Promise<ContractEntity> {
    assertOperator(actor);
    return this.transactions.run(async (em) => {
      const contract = await this.repo.find(id, null, em, true);
      if (!contract) throw notFound('Contract', id);
      if (contract.status !== ContractStatus.DRAFT) {
        throw invalidState(`Contract ${contract.number} is ${contract.status}: only a DRAFT contract can be activated`, { status: contract.status });
      }
      await this.studios.lockForBooking(contract.studioId, em);
      const other = await this.repo.activeOverlapping(contract.studioId, contract.startDate, contract.endDate, contract.id, em);
      if (other) {
        throw invalidState(
          `Contract ${other.number} is already active from ${other.startDate} to ${other.endDate}: terminate it first or change the dates so they do not overlap`,
          { conflictingContractId: other.id },
        );
      }
      contract.status = ContractStatus.ACTIVE;
      contract.activatedAt = this.clock.now();
      return this.repo.save(contract, em);
    });
  }

  /** ACTIVE → TERMINATED: no new booking or change under it; bookings already made stay. */
  async terminate(actor: Actor, id: string): Promise<ContractEntity> {
    assertOperator(actor);
    return this.transactions.run(async (em) => {
      const contract = await this.repo.find(id, null, em, true);
      if (!contract) throw notFound('Contract', id);
      if (contract.status !== ContractStatus.ACTIVE) {
        throw invalidState(`Contract ${contract.number} is ${contract.status}: only an ACTIVE contract can be terminated`, { status: contract.status });
      }
      contract.status = ContractStatus.TERMINATED;
      contract.terminatedAt = this.clock.now();
      return this.repo.save(contract, em);
    });
  }
}
