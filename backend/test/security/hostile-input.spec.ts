import { GraphQLSchemaHost } from '@nestjs/graphql';
import fc from 'fast-check';
import { GraphQLSchema } from 'graphql';
import { ErrorCode } from '../../src/common/errors/error-code.js';
import { createTestApp, TestApp } from '../harness.js';
import { argumentSlots, ArgSlot, hostileArbitrary, hostileExamples, valueAt, withValueAt } from './hostile-values.js';
import { OPERATIONS } from './operations.js';
import { operationDocument, rootField } from './schema-walk.js';
import { callAs, Caller, makeSecurityWorld, SecurityWorld } from './security-world.js';

/** Random values per argument and caller, beside the known hostile ones (kept small: the whole file runs in about a minute). */
const RANDOM_RUNS = 2;
const CODES = new Set<string>(Object.values(ErrorCode).filter((c) => c !== ErrorCode.INTERNAL_SERVER_ERROR));

/**
 * Hostile values in every argument of every operation (from the schema: ids, strings,
 * numbers, dates, enums, lists, through input objects), as the operator and anonymously:
 * never an internal error or an HTTP 500, never partial data, and a refused mutation
 * changes no row.
 */
describe('hostile input', () => {
  let t: TestApp;
  let w: SecurityWorld;
  let schema: GraphQLSchema;
  let checksumSql: string;
  /**
   * Not compared: the migrations log, and the limiters' attempt counters (sign-in, door codes,
   * account links), which record every refused attempt on purpose so a guesser is slowed down.
   */
  const UNCHECKED_TABLES = `('migrations', 'rate_limit_window', 'sign_in_backoff')`;
  let cases = 0;
  /** The tables as the last mutation left them: a refused one must leave them so. */
  let baseline = '';

  const checksum = async (): Promise<string> => (await t.dataSource.query(checksumSql))[0].sum;

  beforeAll(async () => {
    t = await createTestApp();
    w = await makeSecurityWorld(t);
    schema = t.app.get(GraphQLSchemaHost).schema;
    const tables: Array<{ name: string }> = await t.dataSource.query(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT IN ${UNCHECKED_TABLES} ORDER BY 1`);
    // Per table: its row count and the sum of its rows' hashes (order-free, so no sort).
    checksumSql = `SELECT concat_ws('/', ${tables.map((x) => `(SELECT count(*) || ':' || coalesce(sum(hashtext(r::text)::bigint), 0) FROM "${x.name}" r)`).join(', ')}) AS sum`;
  });
  afterAll(async () => {
    console.info(`hostile input: ${cases} cases over ${Object.keys(OPERATIONS).length} operations, no internal error`);
    await t.close();
  });

  /** One hostile call, and what it must not do. */
  async function probe(name: string, slot: ArgSlot, variables: Record<string, unknown>, caller: Caller): Promise<void> {
    cases++;
    const mutation = name.startsWith('Mutation.');
    const res = await callAs(t, w, caller, operationDocument(schema, name, variables, 1), variables);
    const field = name.split('.')[1];
    const where = { name, caller, path: slot.path.join('.'), value: JSON.stringify(valueAt(variables, slot.path))?.slice(0, 80) };
    expect({ ...where, status: res.status < 500 ? 'under 500' : res.status }).toEqual({ ...where, status: 'under 500' });
    const codes = (res.errors ?? []).map((e) => e.extensions?.code);
    expect({ ...where, codes: codes.filter((c) => !CODES.has(c)) }).toEqual({ ...where, codes: [] });
    if (!res.errors) {
      if (mutation) baseline = await checksum();
      return;
    }
    expect({ ...where, data: res.data?.[field] ?? null }).toEqual({ ...where, data: null });
    if (mutation) expect({ ...where, changed: (await checksum()) !== baseline }).toEqual({ ...where, changed: false });
  }

  it.each(Object.keys(OPERATIONS))('%s', async (name) => {
    const base = (await OPERATIONS[name].args?.(w, 'operator')) ?? {};
    if (name.startsWith('Mutation.')) baseline = await checksum();
    for (const slot of argumentSlots(rootField(schema, name)!)) {
      const send = async (value: unknown) => {
        for (const caller of ['operator', 'anonymous'] as const) await probe(name, slot, withValueAt(base, slot.path, value), caller);
      };
      const examples = hostileExamples(slot.kind).map((v) => [v] as [unknown]);
      // The examples count within numRuns: the random runs come after them.
      await fc.assert(fc.asyncProperty(hostileArbitrary(slot.kind, valueAt(base, slot.path)), send), {
        numRuns: examples.length + RANDOM_RUNS,
        examples,
        endOnFailure: true,
      });
    }
  });
});
