import { makeContract, makeManager, makeStudio, TEST_PASSWORD } from '../../../seeds/factories/index.js';
import { ContractStatus } from '../../src/modules/studios/contract.entity.js';
import { createTestApp, errorCode, TestApp } from '../harness.js';
import { STUDIO_OPS } from './studios-world.js';

describe('contracts', () => {
  let t: TestApp;
  let studioId: string;
  beforeAll(async () => {
    t = await createTestApp();
    t.clock.travelTo(new Date('2026-03-02T09:00:00+01:00'));
    studioId = (await makeStudio(t.dataSource)).id;
  });
  afterAll(() => t.close());

  const input = (over: Record<string, unknown> = {}) => ({
    studioId,
    startDate: '2026-03-01',
    endDate: '2026-08-31',
    dailyRateCents: 4500,
    maxDesks: 12,
    insurancePolicyRef: 'MAAF-PRO-2026-4471',
    insuranceExpiresOn: '2026-12-31',
    ...over,
  });
  const create = (over: Record<string, unknown> = {}) => t.gql(STUDIO_OPS.createContract, { input: input(over) }, t.operatorToken);
  const contractCount = async () => (await t.dataSource.query(`SELECT count(*)::int AS n FROM contract`))[0].n;

  it('creates a DRAFT numbered CT-YYYY-NNN with tiers sorted, and the defaults for notice and fee', async () => {
    const res = await create({ volumeTiers: [{ fromDeskDays: 200, dailyRateCents: 3800 }, { fromDeskDays: 100, dailyRateCents: 4100 }] });
    expect(res.errors).toBeUndefined();
    expect(res.data.createContract).toEqual({
      id: expect.any(String),
      number: 'CT-2026-001',
      status: 'DRAFT',
      startDate: '2026-03-01',
      endDate: '2026-08-31',
      dailyRateCents: 4500,
      maxDesks: 12,
      volumeTiers: [{ fromDeskDays: 100, dailyRateCents: 4100 }, { fromDeskDays: 200, dailyRateCents: 3800 }],
    });
    const full = (await t.gql(STUDIO_OPS.contract, { id: res.data.createContract.id }, t.operatorToken)).data.contract;
    expect(full).toMatchObject({ insurancePolicyRef: 'MAAF-PRO-2026-4471', insuranceExpiresOn: '2026-12-31', cancellationNoticeDays: 14, lateCancellationFeePct: 50, activatedAt: null, studio: { id: studioId } });
    expect((await create({ startDate: '2026-09-01', endDate: '2026-12-31' })).data.createContract.number).toBe('CT-2026-002');
  });

  describe('refuses bad input with BAD_USER_INPUT and creates nothing', () => {
    const refused = async (over: Record<string, unknown>) => {
      const before = await contractCount();
      expect(errorCode(await create(over))).toBe('BAD_USER_INPUT');
      expect(await contractCount()).toBe(before);
    };
    it('reversed dates', () => refused({ startDate: '2026-08-31', endDate: '2026-03-01' }));
    it('a rate of zero or less', () => refused({ dailyRateCents: 0 }));
    it('a tier rate of zero', () => refused({ volumeTiers: [{ fromDeskDays: 100, dailyRateCents: 0 }] }));
    it('two tiers with the same threshold', () => refused({ volumeTiers: [{ fromDeskDays: 100, dailyRateCents: 4000 }, { fromDeskDays: 100, dailyRateCents: 3900 }] }));
    it('maxDesks over the 40 desks', () => refused({ maxDesks: 41 }));
    it('a late fee over 100 %', () => refused({ lateCancellationFeePct: 101 }));
    it('an empty insurance reference', () => refused({ insurancePolicyRef: ' ' }));
  });

  it('NOT_FOUND for an unknown studio', async () => {
    expect(errorCode(await create({ studioId: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
  });

  it('goes DRAFT → ACTIVE → TERMINATED, and INVALID_STATE out of order', async () => {
    const id = (await create({ startDate: '2027-01-01', endDate: '2027-06-30' })).data.createContract.id;
    expect(errorCode(await t.gql(STUDIO_OPS.terminateContract, { id }, t.operatorToken))).toBe('INVALID_STATE');
    expect((await t.gql(STUDIO_OPS.activateContract, { id }, t.operatorToken)).data.activateContract).toEqual({ id, status: 'ACTIVE' });
    expect(errorCode(await t.gql(STUDIO_OPS.activateContract, { id }, t.operatorToken))).toBe('INVALID_STATE');
    expect((await t.gql(STUDIO_OPS.terminateContract, { id }, t.operatorToken)).data.terminateContract).toEqual({ id, status: 'TERMINATED' });
    expect(errorCode(await t.gql(STUDIO_OPS.terminateContract, { id }, t.operatorToken))).toBe('INVALID_STATE');
    expect(errorCode(await t.gql(STUDIO_OPS.activateContract, { id }, t.operatorToken))).toBe('INVALID_STATE');
    const full = (await t.gql(STUDIO_OPS.contract, { id }, t.operatorToken)).data.contract;
    expect(full.activatedAt).not.toBeNull();
    expect(full.terminatedAt).not.toBeNull();
  });

  it('refuses to activate a contract overlapping another active one of the studio', async () => {
    const other = await makeStudio(t.dataSource);
    await makeContract(t.dataSource, other.id, { startDate: '2026-01-01', endDate: '2026-06-30' });
    const overlapping = (await create({ studioId: other.id, startDate: '2026-06-01', endDate: '2026-12-31' })).data.createContract.id;
    expect(errorCode(await t.gql(STUDIO_OPS.activateContract, { id: overlapping }, t.operatorToken))).toBe('INVALID_STATE');
    const [row] = await t.dataSource.query(`SELECT status FROM contract WHERE id = $1`, [overlapping]);
    expect(row.status).toBe(ContractStatus.DRAFT);
    const following = (await create({ studioId: other.id, startDate: '2026-07-01', endDate: '2026-12-31' })).data.createContract.id;
    expect((await t.gql(STUDIO_OPS.activateContract, { id: following }, t.operatorToken)).data.activateContract.status).toBe('ACTIVE');
  });

  it("lets a manager read its studio's contracts only", async () => {
    const mine = await makeStudio(t.dataSource);
    const contract = await makeContract(t.dataSource, mine.id);
    const manager = await makeManager(t.dataSource, mine.id);
    const token = await t.login(manager.email, TEST_PASSWORD);
    const list = await t.gql(STUDIO_OPS.contracts, {}, token);
    expect(list.data.contracts).toEqual([{ id: contract.id, number: contract.number, status: 'ACTIVE', startDate: '2026-01-01', endDate: '2027-12-31', studio: { id: mine.id } }]);
    expect((await t.gql(STUDIO_OPS.contracts, { studioId: mine.id }, token)).data.contracts).toHaveLength(1);
    expect(errorCode(await t.gql(STUDIO_OPS.contracts, { studioId }, token))).toBe('FORBIDDEN');
    expect((await t.gql(STUDIO_OPS.contract, { id: contract.id }, token)).data.contract.number).toBe(contract.number);
    const before = await contractCount();
    expect(errorCode(await t.gql(STUDIO_OPS.createContract, { input: input({ studioId: mine.id }) }, token))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(STUDIO_OPS.terminateContract, { id: contract.id }, token))).toBe('FORBIDDEN');
    expect(await contractCount()).toBe(before);
    const operatorView = (await t.gql(STUDIO_OPS.contracts, { studioId: mine.id }, t.operatorToken)).data.contracts;
    expect(operatorView).toHaveLength(1);
    expect((await t.gql(STUDIO_OPS.contracts, {}, t.operatorToken)).data.contracts.length).toBe(await contractCount());
  });
});
