import { Injectable } from '@nestjs/common';
import { Actor, studioScope } from '../../common/auth/actor.js';
import { notFound } from '../../common/errors/domain-error.js';
import { Clock } from '../../common/time/clock.js';
import { ContractModel } from './contract.model.js';
import { ContractRepository } from './contract.repository.js';
import { onboardingChecklist } from './onboarding-checklist.js';
import { OnboardingItemModel, OnboardingModel } from './onboarding.model.js';
import { StudioRepository } from './studio.repository.js';

@Injectable()
export class OnboardingService {
  constructor(
    private readonly studios: StudioRepository,
    private readonly contracts: ContractRepository,
    private readonly clock: Clock,
  ) {}

  /** The checklist of a studio (a manager: its own; studioId may be left out). */
  async forStudio(actor: Actor, studioId?: string | null): Promise<OnboardingModel> {
    const scope = studioScope(actor, studioId);
    const id = studioId ?? scope;
    if (!id) throw notFound('Studio');
    const studio = await this.studios.find(id, scope);
    if (!studio) throw notFound('Studio', id);
    const today = this.clock.today();
    const active = await this.contracts.activeFrom(studio.id, today);
    const contract = active.find((c) => c.startDate <= today) ?? active[0] ?? null;
    const counts = await this.studios.onboardingCounts(studio.id, this.clock.now());
    const items = onboardingChecklist({ today, contract, ...counts });
    return Object.assign(new OnboardingModel(), {
      isNew: studio.isNew,
      complete: items.every((i) => i.done),
      items: items.map(OnboardingItemModel.from),
      activeContract: contract ? ContractModel.from(contract) : null,
      studioId: studio.id,
    });
  }
}
