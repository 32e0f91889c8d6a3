import { GraphQLSchemaHost } from '@nestjs/graphql';
import { GraphQLSchema } from 'graphql';
import { STRONG_PASSWORD } from '../security/security-world.js';
import { createTestApp, GqlResult, TestApp } from '../harness.js';
import { OPERATIONS, siteVerdictOf, SiteVerdict } from '../security/operations.js';
import { operationDocument, rootField } from '../security/schema-walk.js';
import { Answer, makeSecurityWorld, outcomeOf, SecurityWorld } from '../security/security-world.js';
import { makeSecondSite } from './sites-world.js';
import { SitesCreateUserDocument } from '../documents.js';

type Outcome = 'ALLOWED' | 'REFUSED';
const EMAIL = 'site-op-valence@example.fr';

/** A site operator of Valence asking for Angoulême's data (the security world lives in Angoulême). */
const EXPECTED: Record<SiteVerdict, Outcome> = {
  PUBLIC: 'ALLOWED',
  NONE: 'ALLOWED',
  SCOPED: 'REFUSED',
  NETWORK: 'REFUSED',
  STUDIO: 'REFUSED',
};


/**
 * Every Query and Mutation × a site operator of the second site, with the arguments naming
 * the first site's data (and siteId: the first site where the operation takes one): refused
 * unless the operation reveals no site. The reads taking a siteId answer for the operator's
 * own site (so the refusals are the site's, not the role's).
 */
describe('site operator matrix', () => {
  let t: TestApp;
  let w: SecurityWorld;
  let schema: GraphQLSchema;
  let angouleme: string;
  let valence: string;
  let token: string;
  let address = 0;

  const call = async (name: string, variables: Record<string, unknown>) => {
    const n = ++address;
    const res = await t
      .http()
      .post('/graphql')
      .set('Content-Type', 'application/json')
      .set('X-Forwarded-For', `10.200.${(n >> 8) & 255}.${n & 255}`)
      .set('Authorization', `Bearer ${token}`)
      .send({ query: operationDocument(schema, name, variables), variables });
    return { status: res.status, data: res.body?.data, errors: res.body?.errors } as GqlResult<Answer>;
  };
  const takesSite = (name: string) => rootField(schema, name)!.args.some((a) => a.name === 'siteId');

  beforeAll(async () => {
    t = await createTestApp();
    w = await makeSecurityWorld(t);
    schema = t.app.get(GraphQLSchemaHost).schema;
    [{ id: angouleme }] = await t.dataSource.query(`SELECT id FROM site ORDER BY created_at LIMIT 1`);
    valence = (await makeSecondSite(t.dataSource)).id;
    const created = await t.gql(
      SitesCreateUserDocument,
      { input: { email: EMAIL, fullName: 'Valérie Valence', password: STRONG_PASSWORD, role: 'SITE_OPERATOR', siteIds: [valence] } },
      t.operatorToken,
    );
    expect(created.data!.createUser).toMatchObject({ role: 'SITE_OPERATOR', siteIds: [valence] });
    token = await t.login(EMAIL, STRONG_PASSWORD);
  });
  afterAll(() => t.close());

  it('gives every SIGNED_IN operation an explicit site verdict', () => {
    const missing = Object.entries(OPERATIONS).filter(([, row]) => row.policy === 'SIGNED_IN' && !row.site).map(([name]) => name);
    expect(missing).toEqual([]);
  });

  it.each(Object.keys(OPERATIONS))('%s', async (name) => {
    const row = OPERATIONS[name];
    const verdict = siteVerdictOf(row);
    const field = name.split('.')[1];
    const saved = await row.before?.(w);
    // The site operator's own password (changePassword), put back afterwards.
    const ownHash = (await t.dataSource.query(`SELECT password_hash FROM app_user WHERE email = $1`, [EMAIL]))[0].password_hash;
    const base = name === 'Mutation.changePassword' ? { currentPassword: STRONG_PASSWORD, newPassword: 'Autre-Lanterne-Valence-2031!' } : ((await row.args?.(w, 'operator')) ?? {});
    const variables = takesSite(name) ? { ...base, siteId: angouleme } : base;
    const outcome = outcomeOf(await call(name, variables), field);
    let own: string | null = null;
    if (verdict === 'SCOPED' && takesSite(name) && name.startsWith('Query.')) own = outcomeOf(await call(name, { ...base, siteId: valence }), field);
    await row.after?.(w, saved);
    if (name === 'Mutation.changePassword' || name === 'Mutation.logout') {
      await t.dataSource.query(`UPDATE app_user SET password_hash = $2 WHERE email = $1`, [EMAIL, ownHash]);
      token = await t.login(EMAIL, STRONG_PASSWORD);
    }
    expect({ name, verdict, outcome }).toEqual({ name, verdict, outcome: EXPECTED[verdict] });
    if (own !== null) expect({ name, own }).toEqual({ name, own: 'ALLOWED' });
  });
});
