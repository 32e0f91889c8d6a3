import { makeContract, makeStudio } from '../../../seeds/factories/index.js';
import { FIRST_DATE, LAST_DATE } from '../../src/common/time/dates.js';
import { createTestApp, errorCode, TestApp } from '../harness.js';

/*
 * Dates are accepted from 2000-01-01 to 2199-12-31. At both edges every calendar
 * computation still answers (years 1 and 9999 used to end in internal errors: the
 * arithmetic left four-digit years); beyond them the input is refused, naming the value.
 */
describe('the supported calendar', () => {
  let t: TestApp;
  let studioId: string;
  beforeAll(async () => {
    t = await createTestApp();
    studioId = (await makeStudio(t.dataSource)).id;
    await makeContract(t.dataSource, studioId, { startDate: FIRST_DATE, endDate: LAST_DATE, insuranceExpiresOn: LAST_DATE });
  });
  afterAll(() => t.close());

  const book = (startDate: string, endDate: string) =>
    t.gqlRaw(`mutation($i: BookDesksInput!) { bookDesks(input: $i) { startDate endDate } }`, { i: { studioId, productionName: 'Archives', startDate, endDate, deskCount: 2 } }, t.operatorToken);

  it.each([
    ['bookDesks on the last days', () => book('2199-12-27', LAST_DATE)],
    ['bookDesks on the first days', () => book(FIRST_DATE, '2000-01-05')],
    ['availability of the last month', () => t.gqlRaw(`{ availability(from: "2199-12-01", to: "2199-12-31") { date open } }`, {}, t.operatorToken)],
    ['freeDesks on the last day', () => t.gqlRaw(`{ freeDesks(from: "2199-12-31", to: "2199-12-31") { code } }`, {}, t.operatorToken)],
    ['generateInvoices of the last month', () => t.gqlRaw(`mutation { generateInvoices(month: "2199-12") { totalExclTaxCents } }`, {}, t.operatorToken)],
    ['co2Report over the last ten years', () => t.gqlRaw(`{ co2Report(from: "2190-01-01", to: "2199-12-31") { machinesAvoided } }`, {}, t.operatorToken)],
    ['co2Report over the first ten years', () => t.gqlRaw(`{ co2Report(from: "2000-01-01", to: "2009-12-31") { machinesAvoided } }`, {}, t.operatorToken)],
    ['occupancy of the last month', () => t.gqlRaw(`{ occupancy(month: "2199-12") { rate } }`, {}, t.operatorToken)],
    ['bookingQuote of the last year', () => t.gqlRaw(`query($i: BookingQuoteInput!) { bookingQuote(input: $i) { amountCents } }`, { i: { studioId, startDate: '2199-01-01', endDate: LAST_DATE, deskCount: 40 } }, t.operatorToken)],
  ])('answers %s', async (_what, call) => {
    const res = await call();
    expect(res.errors).toBeUndefined();
  });

  it.each([
    ['a day before the first', () => book('1999-12-31', '2000-01-02'), 'Date must be between 2000-01-01 and 2199-12-31 (got 1999-12-31)'],
    ['a day after the last', () => t.gqlRaw(`{ co2Report(from: "2199-12-01", to: "2200-01-01") { machinesAvoided } }`, {}, t.operatorToken), 'Date must be between 2000-01-01 and 2199-12-31 (got 2200-01-01)'],
    ['year 9999', () => book('9999-12-27', '9999-12-31'), 'Date must be between 2000-01-01 and 2199-12-31 (got 9999-12-'],
    ['year 1', () => t.gqlRaw(`{ availability(from: "0001-01-01", to: "0001-01-31") { date } }`, {}, t.operatorToken), 'Date must be between 2000-01-01 and 2199-12-31 (got 0001-01-01)'],
  ])('refuses %s as bad input', async (_what, call, message) => {
    const res = await call();
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toContain(message);
  });

  it('refuses a month past the calendar in occupancy and invoicing', async () => {
    for (const q of [`{ occupancy(month: "2200-01") { rate } }`, `mutation { generateInvoices(month: "2200-01") { id } }`, `{ invoices(month: "1999-12") { id } }`]) {
      expect(errorCode(await t.gqlRaw(q, {}, t.operatorToken))).toBe('BAD_USER_INPUT');
    }
  });
});
