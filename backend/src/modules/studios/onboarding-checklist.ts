import { LocalDate } from '../../common/time/dates.js';

export enum OnboardingStep {
  CONTRACT_ACTIVE = 'CONTRACT_ACTIVE',
  INSURANCE_VALID = 'INSURANCE_VALID',
  FIRST_BOOKING = 'FIRST_BOOKING',
  CREW_ADDED = 'CREW_ADDED',
}

export interface OnboardingFacts {
  today: LocalDate;
  /** The studio's ACTIVE contract running today or next (null when none). */
  contract: { number: string; startDate: LocalDate; endDate: LocalDate; insuranceExpiresOn: LocalDate } | null;
  liveBookings: number;
  crewMembers: number;
}

export interface OnboardingItem {
  step: OnboardingStep;
  done: boolean;
  /** What is there, or what to do, in plain words. */
  detail: string;
}

/** A new studio's checklist, in the order a studio goes through it. */
export function onboardingChecklist(facts: OnboardingFacts): OnboardingItem[] {
  const { contract, today } = facts;
  const insured = !!contract && contract.insuranceExpiresOn >= today;
  return [
    {
      step: OnboardingStep.CONTRACT_ACTIVE,
      done: !!contract,
      detail: contract
        ? `Contract ${contract.number} is active from ${contract.startDate} to ${contract.endDate}`
        : 'No active contract yet: the site operator prepares and activates it',
    },
    {
      step: OnboardingStep.INSURANCE_VALID,
      done: insured,
      detail: !contract
        ? 'The insurance certificate is recorded with the contract'
        : insured
          ? `Insurance valid until ${contract.insuranceExpiresOn}`
          : `Insurance expired on ${contract.insuranceExpiresOn}: send the new certificate to the site operator`,
    },
    {
      step: OnboardingStep.FIRST_BOOKING,
      done: facts.liveBookings > 0,
      detail: facts.liveBookings > 0 ? `${facts.liveBookings} booking(s) made` : 'Book your first block of desks on the calendar',
    },
    {
      step: OnboardingStep.CREW_ADDED,
      done: facts.crewMembers > 0,
      detail: facts.crewMembers > 0 ? `${facts.crewMembers} crew member(s) added` : 'Add your crew so they get their access passes',
    },
  ];
}
