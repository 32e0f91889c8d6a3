import { onboardingChecklist, OnboardingStep } from './onboarding-checklist.js';

const contract = { number: 'CT-2026-004', startDate: '2026-11-01', endDate: '2027-06-30', insuranceExpiresOn: '2027-03-31' };

describe('onboarding checklist', () => {
  it('lists the four steps, none done for a brand new studio', () => {
    const items = onboardingChecklist({ today: '2026-11-28', contract: null, confirmedBookings: 0, liveOptions: 0, crewMembers: 0, crewWithPass: 0 });
    expect(items.map((i) => i.step)).toEqual([OnboardingStep.CONTRACT_ACTIVE, OnboardingStep.INSURANCE_VALID, OnboardingStep.FIRST_BOOKING, OnboardingStep.CREW_ADDED]);
    expect(items.every((i) => !i.done)).toBe(true);
  });

  it('ticks each step from its own fact', () => {
    const items = onboardingChecklist({ today: '2026-11-28', contract, confirmedBookings: 2, liveOptions: 0, crewMembers: 0, crewWithPass: 0 });
    expect(items.map((i) => i.done)).toEqual([true, true, true, false]);
    expect(items[0].detail).toContain('CT-2026-004');
    expect(items[1].detail).toContain('2027-03-31');
  });

  it('flags insurance that expired, the day after its last valid day', () => {
    expect(onboardingChecklist({ today: '2027-03-31', contract, confirmedBookings: 0, liveOptions: 0, crewMembers: 0, crewWithPass: 0 })[1].done).toBe(true);
    const late = onboardingChecklist({ today: '2027-04-01', contract, confirmedBookings: 0, liveOptions: 0, crewMembers: 0, crewWithPass: 0 })[1];
    expect(late.done).toBe(false);
    expect(late.detail).toMatch(/expired/);
  });

  it('counts a confirmed booking, not an option, and crew with a pass, not crew on a list', () => {
    const waiting = onboardingChecklist({ today: '2026-11-28', contract, confirmedBookings: 0, liveOptions: 1, crewMembers: 2, crewWithPass: 0 });
    expect(waiting.map((i) => i.done)).toEqual([true, true, false, false]);
    expect(waiting[2].detail).toMatch(/option.*none confirmed/);
    expect(waiting[3].detail).toMatch(/none on a desk with a pass/);
    const ready = onboardingChecklist({ today: '2026-11-28', contract, confirmedBookings: 1, liveOptions: 1, crewMembers: 2, crewWithPass: 1 });
    expect(ready.every((i) => i.done)).toBe(true);
  });
});
