import { GraphQLSchemaHost } from '@nestjs/graphql';
import { GraphQLSchema } from 'graphql';
import { PUBLIC_OPERATIONS } from '../../src/common/auth/public-surface.js';
import { createTestApp, TestApp } from '../harness.js';
import { OPERATIONS, Policy } from './operations.js';
import { operationDocument, rootOperations } from './schema-walk.js';
import { callAs, Caller, CALLERS, makeSecurityWorld, outcomeOf, SecurityWorld } from './security-world.js';

type Outcome = 'ALLOWED' | 'UNAUTHENTICATED' | 'REFUSED';

const EXPECTED: Record<Policy, Record<Caller, Outcome>> = {
  PUBLIC: { anonymous: 'ALLOWED', managerB: 'ALLOWED', managerA: 'ALLOWED', operator: 'ALLOWED' },
  SIGNED_IN: { anonymous: 'UNAUTHENTICATED', managerB: 'ALLOWED', managerA: 'ALLOWED', operator: 'ALLOWED' },
  OWN_STUDIO: { anonymous: 'UNAUTHENTICATED', managerB: 'REFUSED', managerA: 'ALLOWED', operator: 'ALLOWED' },
  OPERATOR: { anonymous: 'UNAUTHENTICATED', managerB: 'REFUSED', managerA: 'REFUSED', operator: 'ALLOWED' },
};


/**
 * Every Query and Mutation of the built schema × anonymous, A's manager, B's manager and
 * the operator, with arguments naming A's data: allowed or refused as SPEC says, and B's
 * answers never hold anything of A's.
 */
describe('authorization matrix', () => {
  let t: TestApp;
  let w: SecurityWorld;
  let schema: GraphQLSchema;

  beforeAll(async () => {
    t = await createTestApp();
    w = await makeSecurityWorld(t);
    schema = t.app.get(GraphQLSchemaHost).schema;
  });
  afterAll(() => t.close());

  it('has a row for every operation of the schema, and none for an operation it lacks', () => {
    expect(Object.keys(OPERATIONS).sort()).toEqual(rootOperations(schema));
  });

  it('makes public exactly the operations the public surface lists', () => {
    const publicRows = Object.entries(OPERATIONS).filter(([, row]) => row.policy === 'PUBLIC').map(([name]) => name);
    expect(publicRows.sort()).toEqual([...PUBLIC_OPERATIONS].sort());
  });

  it.each(Object.keys(OPERATIONS))('%s', async (name) => {
    const row = OPERATIONS[name];
    const field = name.split('.')[1];
    const outcomes: Record<string, string> = {};
    const saved = await row.before?.(w);
    for (const caller of CALLERS) {
      const variables = (await row.args?.(w, caller)) ?? {};
      const res = await callAs(t, w, caller, operationDocument(schema, name, variables), variables);
      outcomes[caller] = outcomeOf(res, field);
      if (caller === 'managerB' && row.policy !== 'PUBLIC') {
        // What B sent (A's ids) may come back in B's own error; nothing else of A's may.
        const sent = JSON.stringify(variables);
        const answer = JSON.stringify({ data: res.data, errors: res.errors });
        const leaked = (await w.secretsOfA()).filter((secret) => !sent.includes(secret) && answer.includes(secret));
        expect({ name, leaked }).toEqual({ name, leaked: [] });
      }
    }
    await row.after?.(w, saved);
    expect({ name, outcomes }).toEqual({ name, outcomes: EXPECTED[row.policy] });
  });
});
