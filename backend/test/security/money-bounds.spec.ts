import { MAX_DAILY_RATE_CENTS } from '../../src/modules/studios/dto/create-contract.input.js';
import { ContractStatus } from '../../src/modules/studios/contract.entity.js';
import { makeBooking, makeContract, makeStudio } from '../../../seeds/factories/index.js';
import type { CreateContractInput, VolumeTierInput } from '../documents.js';
import { createTestApp, errorCode, TestApp } from '../harness.js';
import { OPS as INVOICING_OPS } from '../invoicing/invoicing-world.js';
import { STUDIO_OPS } from '../studios/studios-world.js';

/*
 * Money is integer cents in 32-bit columns and GraphQL Ints: the largest rate a contract
 * accepts must still invoice the largest month (every desk, every day) and quote the
 * longest booking (366 days) without overflowing, and a larger rate is refused up front.
 */
describe('money bounds', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  const contractInput = (studioId: string, dailyRateCents: number, volumeTiers: VolumeTierInput[] = []): CreateContractInput => ({
    studioId, startDate: '2027-01-01', endDate: '2027-12-31', dailyRateCents, maxDesks: 40, insurancePolicyRef: 'AXA-123', insuranceExpiresOn: '2027-12-31', volumeTiers,
  });

  it('refuses a rate above the bound, on the contract and on its tiers, and creates nothing', async () => {
    const studio = await makeStudio(t.dataSource);
    for (const input of [contractInput(studio.id, MAX_DAILY_RATE_CENTS + 1), contractInput(studio.id, 4500, [{ fromDeskDays: 10, dailyRateCents: MAX_DAILY_RATE_CENTS + 1 }])]) {
      const res = await t.gql(STUDIO_OPS.createContract, { input }, t.operatorToken);
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions.field).toMatch(/dailyRateCents$/);
    }
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM contract WHERE studio_id = $1`, [studio.id]))[0].n).toBe(0);
  });

  it('invoices every desk on every day of a month at the highest rate, to the cent', async () => {
    const studio = await makeStudio(t.dataSource);
    const created = await t.gql(STUDIO_OPS.createContract, { input: contractInput(studio.id, MAX_DAILY_RATE_CENTS) }, t.operatorToken);
    expect(created.errors).toBeUndefined();
    await t.dataSource.query(`UPDATE contract SET status = $2, activated_at = now() WHERE id = $1`, [created.data.createContract.id, ContractStatus.ACTIVE]);
    const codes: Array<{ code: string }> = await t.dataSource.query(`SELECT code FROM desk ORDER BY code`);
    // March 2027: 23 weekdays, Easter Monday (29 March) closed: 22 open days.
    await makeBooking(t.dataSource, { studioId: studio.id, contractId: created.data.createContract.id, deskCodes: codes.map((d) => d.code), startDate: '2027-03-01', endDate: '2027-03-31' });
    const res = await t.gql(INVOICING_OPS.generateInvoices, { month: '2027-03' }, t.operatorToken);
    expect(res.errors).toBeUndefined();
    const excl = 40 * 22 * MAX_DAILY_RATE_CENTS;
    expect(res.data.generateInvoices.find((i: { studio: { id: string } }) => i.studio.id === studio.id)).toMatchObject({ totalExclTaxCents: excl, vatCents: excl / 5, totalInclTaxCents: excl * 1.2 });
  });

  it('quotes 40 desks for 366 days at the highest rate', async () => {
    const studio = await makeStudio(t.dataSource);
    await makeContract(t.dataSource, studio.id, { dailyRateCents: MAX_DAILY_RATE_CENTS, startDate: '2028-01-01', endDate: '2028-12-31', insuranceExpiresOn: '2028-12-31' });
    const res = await t.gqlRaw<{ bookingQuote: { deskDays: number; amountCents: number } }>(`query($input: BookingQuoteInput!) { bookingQuote(input: $input) { deskDays amountCents } }`, { input: { studioId: studio.id, startDate: '2028-01-01', endDate: '2028-12-31', deskCount: 40 } }, t.operatorToken);
    expect(res.errors).toBeUndefined();
    expect(res.data.bookingQuote.amountCents).toBe(res.data.bookingQuote.deskDays * MAX_DAILY_RATE_CENTS);
  });
});
