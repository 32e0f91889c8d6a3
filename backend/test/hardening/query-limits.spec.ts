import { StudioEntity } from '../../src/modules/studios/studio.entity.js';
import { MAX_DAYS_PER_REQUEST } from '../../src/request-budget.js';
import { REQUEST_LIMITS } from '../../src/common/graphql/request-limits.js';
import { makeContract, makeManager, makeStudio, TEST_PASSWORD } from '../../../seeds/factories/index.js';
import { createTestApp, errorCode, GqlResult, TestApp } from '../harness.js';

/** `{ studios { contracts { studio { … id } } } }`, `levels` fields deep (the leaf counts). */
function nested(levels: number): string {
  const fields = ['studios'];
  while (fields.length < levels - 1) fields.push(fields.length % 2 ? 'contracts' : 'studio');
  return `{ ${fields.map((f) => `${f} { `).join('')}id${' }'.repeat(fields.length)} }`;
}

const aliases = (n: number, field: string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

function expectLimit(res: GqlResult, limit: string, max: number) {
  expect(res.status).toBe(400);
  expect(res.data).toBeUndefined();
  const error = res.errors?.find((e) => e.extensions.limit === limit);
  expect(error?.extensions).toEqual({ code: 'BAD_USER_INPUT', limit, max });
  expect(error?.message).toContain(`at most ${max}`);
}

describe('what one GraphQL request may ask for', () => {
  let t: TestApp;
  let manager: string;
  beforeAll(async () => {
    t = await createTestApp();
    const studio = await makeStudio(t.dataSource);
    await makeContract(t.dataSource, studio.id);
    const user = await makeManager(t.dataSource, studio.id);
    manager = await t.login(user.email, TEST_PASSWORD);
  });
  afterAll(() => t.close());

  it(`refuses a query nested deeper than ${REQUEST_LIMITS.depth} levels (the 21-level probe), before anything runs`, async () => {
    expect(nested(4)).toBe('{ studios { contracts { studio { id } } } }');
    const ok = await t.gqlRaw(nested(REQUEST_LIMITS.depth), {}, t.operatorToken);
    expect(ok.errors).toBeUndefined();
    expectLimit(await t.gqlRaw(nested(REQUEST_LIMITS.depth + 1), {}, t.operatorToken), 'DEPTH', REQUEST_LIMITS.depth);
    const probe = await t.gqlRaw(nested(21));
    expectLimit(probe, 'DEPTH', REQUEST_LIMITS.depth);
    expect(probe.errors?.find((e) => e.extensions.limit === 'DEPTH')?.message).toMatch(/nests 21 levels/);
  });

  it(`refuses more than ${REQUEST_LIMITS.aliases} aliases: 200 ten-year CO2 reports from one manager are not computed`, async () => {
    const report = 'co2Report(from: "2020-01-01", to: "2030-01-07") { netAvoidedKg }';
    const ok = await t.gqlRaw<Record<string, unknown>>(aliases(REQUEST_LIMITS.aliases, 'co2Report(from: "2026-01-01", to: "2026-01-31") { netAvoidedKg }'), {}, manager);
    expect(ok.errors).toBeUndefined();
    expect(Object.keys(ok.data)).toHaveLength(REQUEST_LIMITS.aliases);
    expectLimit(await t.gqlRaw(aliases(REQUEST_LIMITS.aliases + 1, 'co2Report(from: "2026-01-01", to: "2026-01-31") { netAvoidedKg }'), {}, manager), 'ALIASES', REQUEST_LIMITS.aliases);
    // The probe of the issue: too many tokens already (graphql-js stops parsing at the limit).
    const probe = await t.gqlRaw(aliases(200, report), {}, manager);
    expect(probe.status).toBe(400);
    expect(errorCode(probe)).toBe('BAD_USER_INPUT');
    expect(probe.errors?.[0].message).toMatch(new RegExp(`more (than|that) ${REQUEST_LIMITS.tokens} tokens`));
  });

  it('refuses 200 aliases of __schema to an anonymous caller (19 MB before)', async () => {
    const res = await t.http().post('/graphql').send({ query: aliases(REQUEST_LIMITS.aliases + 1, '__schema { types { name } }') });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'ALIASES' });
    expect(res.text.length).toBeLessThan(2_000);
  });

  it('leaves nothing behind when it refuses a mutation over the alias limit', async () => {
    const before = await t.dataSource.getRepository(StudioEntity).count();
    const create = (i: number) => `s${i}: createStudio(input: { name: "Alias ${i}", legalName: "Alias ${i} SAS", siret: "85212345600018", billingAddress: "1 rue de la Paix, 16000 Angoulême", contactEmail: "a${i}@example.fr" }) { id }`;
    const res = await t.gqlRaw(`mutation { ${Array.from({ length: REQUEST_LIMITS.aliases + 1 }, (_, i) => create(i)).join(' ')} }`, {}, t.operatorToken);
    expectLimit(res, 'ALIASES', REQUEST_LIMITS.aliases);
    expect(await t.dataSource.getRepository(StudioEntity).count()).toBe(before);
  });

  it(`refuses more than ${REQUEST_LIMITS.directives} directives`, async () => {
    const field = (i: number) => `f${i}: __typename @include(if: true)`;
    const ok = await t.gqlRaw(`{ ${Array.from({ length: REQUEST_LIMITS.directives }, (_, i) => field(i)).join(' ')} }`);
    expect(ok.errors).toBeUndefined();
    expectLimit(await t.gqlRaw(`{ ${Array.from({ length: REQUEST_LIMITS.directives + 1 }, (_, i) => field(i)).join(' ')} }`), 'DIRECTIVES', REQUEST_LIMITS.directives);
  });

  it(`refuses a request costing more than ${REQUEST_LIMITS.cost}, within the depth and alias limits`, async () => {
    // 200 scalars 6 levels down: graphql-armor weighs each ×1.5 per level (about 1,544).
    const wide = `{ studios { contracts { studio { contracts { studio { ${'id '.repeat(200)} } } } } } }`;
    const res = await t.gqlRaw(wide, {}, t.operatorToken);
    expectLimit(res, 'COST', REQUEST_LIMITS.cost);
    expect(res.errors?.some((e) => e.extensions.limit === 'DEPTH' || e.extensions.limit === 'ALIASES')).toBe(false);
    // Aliases count one by one: 15 aliases of a small selection cost 15 times as much.
    const one = 'studios { contracts { studio { contracts { studio { id name legalName siret contactEmail billingAddress } } } } }';
    expect((await t.gqlRaw(`{ ${one} }`, {}, t.operatorToken)).errors).toBeUndefined();
    expectLimit(await t.gqlRaw(aliases(REQUEST_LIMITS.aliases, one), {}, t.operatorToken), 'COST', REQUEST_LIMITS.cost);
  });

  it(`refuses a request whose periods add up to more than ${MAX_DAYS_PER_REQUEST} days (list sizes), variables included`, async () => {
    const twoReports = `query($from: Date!, $to: Date!) {
      a: co2Report(from: $from, to: $to) { netAvoidedKg }
      b: co2Report(from: $from, to: $to) { netAvoidedKg }
    }`;
    const tenYears = { from: '2020-01-01', to: '2030-01-07' };
    expectLimit(await t.gqlRaw(twoReports, tenYears, manager), 'PERIOD', MAX_DAYS_PER_REQUEST);
    const ok = await t.gqlRaw(twoReports, { from: '2026-01-01', to: '2026-12-31' }, manager);
    expect(ok.errors).toBeUndefined();
    // Each calendar is 366 days at most; 11 fit in a request, 12 do not.
    const calendar = 'deskCalendar(from: "2026-01-01", to: "2027-01-01") { desk { code } }';
    expect((await t.gqlRaw(aliases(11, calendar), {}, manager)).errors).toBeUndefined();
    const refused = await t.gqlRaw(aliases(12, calendar), {}, manager);
    expectLimit(refused, 'PERIOD', MAX_DAYS_PER_REQUEST);
    expect(refused.errors?.[0].message).toMatch(/asks for 4392 days/);
    // Fragments count each time they are spread.
    const viaFragments = `query($from: Date!, $to: Date!) { ...R a: co2Report(from: $from, to: $to) { netAvoidedKg } }
      fragment R on Query { co2Report(from: $from, to: $to) { netAvoidedKg } }`;
    expectLimit(await t.gqlRaw(viaFragments, tenYears, manager), 'PERIOD', MAX_DAYS_PER_REQUEST);
  });

  it('answers introspection and "Did you mean" suggestions outside production', async () => {
    const schema = await t.gqlRaw<{ __schema: { queryType: { name: string } } }>('{ __schema { queryType { name } } }');
    expect(schema.data.__schema.queryType.name).toBe('Query');
    const typo = await t.gqlRaw('{ mee { id } }');
    expect(typo.errors?.[0].message).toMatch(/Did you mean "me"\?/);
  });
});

describe('what one GraphQL request may ask for, in production (NODE_ENV=production)', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp({ config: { production: true } })));
  afterAll(() => t.close());

  it('refuses introspection, to anyone', async () => {
    for (const token of [undefined, t.operatorToken]) {
      for (const query of ['{ __schema { types { name } } }', '{ __type(name: "Studio") { fields { name } } }']) {
        const res = await t.gqlRaw(query, {}, token);
        expect(res.status).toBe(400);
        expect(errorCode(res)).toBe('BAD_USER_INPUT');
        expect(res.data).toBeUndefined();
        expect(res.errors?.[0].message).toMatch(/introspection is not allowed/i);
      }
    }
    // __typename is not introspection: Apollo Client asks for it in every query.
    expect((await t.gqlRaw('{ __typename }')).data).toEqual({ __typename: 'Query' });
  });

  it('names no field it might have meant', async () => {
    for (const query of ['{ mee { id } }', '{ studios { nam } }', 'query { desks(zone: 1) { id } }']) {
      const res = await t.gqlRaw(query, {}, t.operatorToken);
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      for (const e of res.errors ?? []) expect(e.message).not.toMatch(/Did you mean/);
    }
    const res = await t.gqlRaw('{ mee { id } }');
    expect(res.errors?.[0].message).toBe('Cannot query field "mee" on type "Query".');
  });

  it('keeps the same limits', async () => {
    expectLimit(await t.gqlRaw(nested(21)), 'DEPTH', REQUEST_LIMITS.depth);
  });
});
