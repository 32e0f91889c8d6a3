import { makeContract, makeManager, makeStudio, TEST_PASSWORD } from '../../../seeds/factories/index.js';
import { ContractStatus } from '../../src/modules/studios/contract.entity.js';
import { createTestApp, TestApp } from '../harness.js';
import { STUDIO_OPS } from './studios-world.js';
import { AddCrewMemberOnboardingDocument, AssignCrewOnboardingDocument, BookDesksOnboarding2Document, ConfirmBookingOnboardingDocument } from '../documents.js';

describe('onboarding checklist of a new studio', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    t.clock.travelTo(new Date('2026-03-02T09:00:00+01:00'));
  });
  afterAll(() => t.close());

  const steps = (o: { items: Array<{ step: string; done: boolean }> }) => Object.fromEntries(o.items.map((i) => [i.step, i.done]));

  it('ticks contract, insurance, first booking and crew as the studio gets them', async () => {
    const studio = await makeStudio(t.dataSource, { isNew: true });
    const manager = await makeManager(t.dataSource, studio.id);
    const token = await t.login(manager.email, TEST_PASSWORD);
    const read = async () => (await t.gql(STUDIO_OPS.onboarding, {}, token)).data.onboarding;

    let o = await read();
    expect(o).toMatchObject({ isNew: true, complete: false, activeContract: null });
    expect(steps(o)).toEqual({ CONTRACT_ACTIVE: false, INSURANCE_VALID: false, FIRST_BOOKING: false, CREW_ADDED: false });

    await makeContract(t.dataSource, studio.id, { status: ContractStatus.DRAFT });
    expect(steps(await read()).CONTRACT_ACTIVE).toBe(false);
    const contract = await makeContract(t.dataSource, studio.id, { insuranceExpiresOn: '2026-02-28', startDate: '2026-02-01', endDate: '2026-12-31' });
    o = await read();
    expect(o.activeContract).toEqual({ number: contract.number });
    expect(steps(o)).toMatchObject({ CONTRACT_ACTIVE: true, INSURANCE_VALID: false });
    await t.dataSource.query(`UPDATE contract SET insurance_expires_on = '2026-12-31' WHERE id = $1`, [contract.id]);
    expect(steps(await read()).INSURANCE_VALID).toBe(true);

    const desk = (await t.dataSource.query(`SELECT id FROM desk WHERE code = 'A01'`))[0].id;
    // An option is not a booking yet: the step waits for its confirmation.
    const booked = await t.gql(
      BookDesksOnboarding2Document,
      { input: { studioId: studio.id, productionName: 'Premier court', startDate: '2026-03-09', endDate: '2026-03-13', deskIds: [desk], asOption: true } },
      token,
    );
    expect(booked.errors).toBeUndefined();
    expect(booked.data.bookDesks.status).toBe('OPTION');
    o = await read();
    expect(steps(o).FIRST_BOOKING).toBe(false);
    expect(o.items.find((i) => i.step === 'FIRST_BOOKING')!.detail).toMatch(/1 option/);
    const bookingId = booked.data.bookDesks.id;
    expect((await t.gql(ConfirmBookingOnboardingDocument, { id: bookingId }, token)).errors).toBeUndefined();
    expect(steps(await read()).FIRST_BOOKING).toBe(true);

    // Someone on the crew list is not crew who can come in: the step waits for a desk and a pass.
    const crew = await t.gql(
      AddCrewMemberOnboardingDocument,
      { input: { studioId: studio.id, fullName: 'Inès Garnier', email: 'ines.garnier@example.fr', jobTitle: 'Animatrice 2D' } },
      token,
    );
    expect(crew.errors).toBeUndefined();
    o = await read();
    expect(steps(o).CREW_ADDED).toBe(false);
    expect(o.complete).toBe(false);
    const assigned = await t.gql(
      AssignCrewOnboardingDocument,
      { input: { bookingId, crewMemberId: crew.data.addCrewMember.id, deskId: desk, startDate: '2026-03-09', endDate: '2026-03-13' } },
      token,
    );
    expect(assigned.errors).toBeUndefined();
    o = await read();
    expect(steps(o).CREW_ADDED).toBe(true);
    expect(o.complete).toBe(true);

    // Once the pass is revoked the studio has nobody able to come in.
    await t.dataSource.query(`UPDATE access_pass SET revoked_at = now(), revoke_reason = 'REVOKED' WHERE assignment_id = $1`, [assigned.data.assignCrew.id]);
    expect(steps(await read()).CREW_ADDED).toBe(false);
  });

  it('is read by the operator for any studio', async () => {
    const studio = await makeStudio(t.dataSource, { isNew: true });
    const o = (await t.gql(STUDIO_OPS.onboarding, { studioId: studio.id }, t.operatorToken)).data.onboarding;
    expect(o.items).toHaveLength(4);
  });
});
