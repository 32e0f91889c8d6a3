import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ContractModel } from './contract.model.js';
import { OnboardingItem, OnboardingStep } from './onboarding-checklist.js';

registerEnumType(OnboardingStep, { name: 'OnboardingStep', description: "A new studio's checklist: contract, insurance, first booking, crew." });

@ObjectType('OnboardingItem')
export class OnboardingItemModel {
  @Field(() => OnboardingStep) step: OnboardingStep;
  @Field() done: boolean;
  @Field({ description: 'What is there or what to do, in plain words (English; clients translate by step)' }) detail: string;
  @Field(() => Int, { nullable: true, description: 'What ticks the step: confirmed bookings (FIRST_BOOKING), crew with a usable access pass (CREW_ADDED)' })
  count: number | null;
  @Field(() => Int, { nullable: true, description: 'Started, not enough yet: options to confirm (FIRST_BOOKING), crew not on a desk with a pass (CREW_ADDED)' })
  pending: number | null;

  static from(i: OnboardingItem): OnboardingItemModel {
    return Object.assign(new OnboardingItemModel(), { step: i.step, done: i.done, detail: i.detail, count: i.count ?? null, pending: i.pending ?? null });
  }
}

@ObjectType('Onboarding', { description: "A studio's first steps; shown while the studio `isNew`." })
export class OnboardingModel {
  @Field({ description: 'The studio is flagged as new (first production)' }) isNew: boolean;
  @Field({ description: 'Every step is done' }) complete: boolean;
  @Field(() => [OnboardingItemModel]) items: OnboardingItemModel[];
  @Field(() => ContractModel, { nullable: true, description: 'The active contract running today or next' }) activeContract: ContractModel | null;
  studioId: string;
}
