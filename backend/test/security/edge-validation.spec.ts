import { MAX_LIST_LENGTH, MAX_STRING_LENGTH } from '../../src/common/validation/input-rules.js';
import { makeContract, makeStudio } from '../../../seeds/factories/index.js';
import { OPS as BOOKING_OPS } from '../booking/booking-world.js';
import { createTestApp, errorCode, GqlResult, TestApp } from '../harness.js';
import type { Answer } from './security-world.js';

/*
 * Every argument is checked by its GraphQL type before any resolver runs
 * (common/validation/validate-arguments.ts): BAD_USER_INPUT naming the argument, no data,
 * nothing written.
 */
describe('input checked at the edge', () => {
  let t: TestApp;
  let studioId: string;
  const bookings = async () => (await t.dataSource.query(`SELECT count(*)::int AS n FROM booking`))[0].n as number;
  const refused = (res: GqlResult<Answer>, field: string, message: RegExp) => {
    expect(res.status).toBeLessThan(500);
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(res.errors![0].message).toMatch(message);
    expect(res.data?.[Object.keys(res.data ?? {})[0]] ?? null).toBeNull();
  };
  const bookDesks = (input: Record<string, unknown>) =>
    t.gql(BOOKING_OPS.bookDesks, { input: { studioId, productionName: 'Les Contes du Marais', startDate: '2027-06-07', endDate: '2027-06-11', deskCount: 1, ...input } }, t.operatorToken);

  beforeAll(async () => {
    t = await createTestApp();
    studioId = (await makeStudio(t.dataSource)).id;
    await makeContract(t.dataSource, studioId);
  });
  afterAll(() => t.close());

  it('refuses a malformed id, as an argument, inside an input and in a list', async () => {
    refused(await t.gqlRaw(`{ booking(id: "42") { id } }`, {}, t.operatorToken), 'id', /id must be an id/);
    refused(await t.gqlRaw(`{ studio(id: "{6b1f2a4e-3c5d-4e7f-8a9b-0c1d2e3f4a5b}") { id } }`, {}, t.operatorToken), 'id', /must be an id/);
    refused(await bookDesks({ studioId: "' OR 1=1 --" }), 'studioId', /studioId must be an id/);
    refused(await bookDesks({ deskCount: null, deskIds: ['6b1f2a4e-3c5d-4e7f-8a9b-0c1d2e3f4a5b', 'A01'] }), 'deskIds.1', /deskIds.1 must be an id/);
  });

  it('refuses a NUL character, even from an anonymous caller signing in', async () => {
    refused(await t.gqlRaw(`mutation($e: String!) { login(email: $e, password: "studioflex") { token } }`, { e: 'operator@studioflex.fr\u0000' }), 'email', /NUL/);
    const before = await bookings();
    refused(await bookDesks({ productionName: 'Les Contes\u0000du Marais' }), 'productionName', /NUL/);
    expect(await bookings()).toBe(before);
  });

  it('refuses a lone surrogate', async () => {
    refused(await t.gqlRaw(`query($c: String!) { verifyAccess(code: $c) { allowed } }`, { c: 'ABCDE-\ud800' }), 'code', /surrogate/);
    refused(await bookDesks({ idempotencyKey: 'key-\udc00' }), 'idempotencyKey', /surrogate/);
  });

  it('refuses over-long strings: the general bound, and the stricter ones of the anonymous arguments', async () => {
    refused(await t.gqlRaw(`mutation($m: String!) { generateInvoices(month: $m) { id } }`, { m: 'x'.repeat(MAX_STRING_LENGTH + 1) }, t.operatorToken), 'month', /at most 10000 characters/);
    refused(await t.gqlRaw(`mutation($p: String!) { login(email: "a@b.fr", password: $p) { token } }`, { p: 'p'.repeat(1001) }), 'password', /at most 1000 characters/);
    refused(await t.gqlRaw(`query($c: String!) { verifyAccess(code: $c) { allowed } }`, { c: 'A'.repeat(101) }), 'code', /at most 100 characters/);
  });

  it('refuses an over-long list before looking at its items', async () => {
    const before = await bookings();
    refused(await bookDesks({ deskCount: null, deskIds: Array.from({ length: 1000 }, () => 'not-an-id') }), 'deskIds', new RegExp(`at most ${MAX_LIST_LENGTH}`));
    expect(await bookings()).toBe(before);
  });

  it('answers too many malformed variables as bad input, not an internal error', async () => {
    const res = await t.gqlRaw(`mutation($input: AddKitInput!) { addKit(input: $input) { id } }`, { input: { purchasedOn: '2026-06-01', components: Array.from({ length: 60 }, (_, i) => `${i}`) } }, t.operatorToken);
    expect(res.errors!.map((e) => e.extensions.code).every((c) => c === 'BAD_USER_INPUT')).toBe(true);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
  });
});
