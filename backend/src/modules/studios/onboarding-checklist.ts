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
  /** CONFIRMED bookings (not cancelled): an option alone is not a booking yet. */
  confirmedBookings: number;
  /** Options still holding their desks, waiting to be confirmed. */
  liveOptions: number;
  crewMembers: number;
  /** Crew members holding an access pass not revoked and not yet over: placed on a desk, able to come in. */
  crewWithPass: number;
}

export interface OnboardingItem {
  step: OnboardingStep;
  done: boolean;
  /** What is there, or what to do, in plain words. */
  detail: string;
  /** What ticks the step: confirmed bookings, crew with a pass (the booking and crew steps). */
  count?: number;
  /** Started but not enough: options to confirm, crew not yet on a desk with a pass. */
  pending?: number;
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
      done: facts.confirmedBookings > 0,
      count: facts.confirmedBookings,
      pending: facts.liveOptions,
      detail:
        facts.confirmedBookings > 0
          ? `${facts.confirmedBookings} confirmed booking(s)`
          : facts.liveOptions > 0
            ? `${facts.liveOptions} option(s) placed, none confirmed yet: confirm one to book its desks`
            : 'Book your first block of desks on the calendar',
    },
    {
      step: OnboardingStep.CREW_ADDED,
      done: facts.crewWithPass > 0,
      count: facts.crewWithPass,
      pending: facts.crewMembers - facts.crewWithPass,
      detail:
        facts.crewWithPass > 0
          ? `${facts.crewWithPass} crew member(s) with an access pass`
          : facts.crewMembers > 0
            ? `${facts.crewMembers} crew member(s) added, none on a desk with a pass yet: assign them to a confirmed booking`
            : 'Add your crew and put them on desks so they get their access passes',
    },
  ];
}
