import '../../src/database/pg-types.js';
import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/bootstrap.js';
import { loadConfig } from '../../src/config/config.js';
import { dataSourceOptions } from '../../src/database/data-source.js';
import { Clock } from '../../src/common/time/clock.js';
import { makeStudio } from '../../../seeds/factories/index.js';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createTestApp, GqlResult, RawOperation, operationText, TEST_SECRET_KEY, TestApp, VariablesThen } from '../harness.js';
import { AcceptInvitationDocument, AccountLinkDocument, ChangePasswordSessionsWorldDocument, CreateUserAuth2Document, DisableUserSessionsWorldDocument, EnableUserSessionsWorldDocument, InviteUserSessionsWorldDocument, LoginDocument, LogoutDocument, MeSessionsWorldDocument, OutboxAccountLinks2Document, ResetPasswordDocument, SendPasswordResetSecurityWorldDocument, UsersSessionsWorldDocument } from '../documents.js';

export const STRONG = 'Tartine-Girafe-Lavande-93';
export const STRONGER = 'soleil-brume-cerisier-71';

export const OPS = {
  login: LoginDocument,
  me: MeSessionsWorldDocument,
  logout: LogoutDocument,
  changePassword: ChangePasswordSessionsWorldDocument,
  createUser: CreateUserAuth2Document,
  inviteUser: InviteUserSessionsWorldDocument,
  users: UsersSessionsWorldDocument,
  disableUser: DisableUserSessionsWorldDocument,
  enableUser: EnableUserSessionsWorldDocument,
  sendPasswordReset: SendPasswordResetSecurityWorldDocument,
  accountLink: AccountLinkDocument,
  acceptInvitation: AcceptInvitationDocument,
  resetPassword: ResetPasswordDocument,
};

export interface CallOptions {
  token?: string;
  /** The session cookie header value ("flex_session=…"). */
  cookie?: string;
  /** The client address (the app trusts X-Forwarded-For from the loopback proxy). */
  address?: string;
}

export interface Instance {
  app: INestApplication;
  dataSource: DataSource;
  clock: Clock;
  call: SessionCall;
}

type Answer<T> = Promise<GqlResult<T> & { setCookie: string[] }>;
/** POST /graphql with options: a shared typed document, its data and variables typed by it. */
export type SessionCall = <R, V>(document: TypedDocumentNode<R, V>, ...args: VariablesThen<NoInfer<V>, [options?: CallOptions]>) => Answer<R>;

/** POST /graphql with a token, a cookie or an address of one's choosing. */
export function caller(app: INestApplication): Instance['call'] {
  return (async (query: RawOperation, variables: unknown = {}, options: CallOptions = {}) => {
    const req = request(app.getHttpServer()).post('/graphql').set('Content-Type', 'application/json');
    if (options.token) req.set('Authorization', `Bearer ${options.token}`);
    if (options.cookie) req.set('Cookie', options.cookie);
    if (options.address) req.set('X-Forwarded-For', options.address);
    const res = await req.send({ query: operationText(query), variables });
    const setCookie = res.headers['set-cookie'] as unknown as string[] | undefined;
    return { status: res.status, data: res.body.data, errors: res.body.errors, setCookie: setCookie ?? [] };
  }) as SessionCall;
}

export const instanceOf = (t: TestApp): Instance => ({ app: t.app, dataSource: t.dataSource, clock: t.clock, call: caller(t.app) });

/** Another app instance on the same database, as a second server behind the load balancer would be. */
export async function secondInstance(t: TestApp): Promise<Instance & { close(): Promise<void> }> {
  const url = (t.dataSource.options as { url: string }).url;
  const dataSource = new DataSource(dataSourceOptions(url, { logging: false }));
  await dataSource.initialize();
  const app = await createApp({ dataSource, config: { ...loadConfig({ FLEX_LOG_LEVEL: 'error', FLEX_SECRET_KEY: TEST_SECRET_KEY }), jobs: false } });
  return {
    app,
    dataSource,
    clock: app.get(Clock),
    call: caller(app),
    close: async () => {
      await app.close();
      await dataSource.destroy();
    },
  };
}

export type SecondInstance = Awaited<ReturnType<typeof secondInstance>>;

/** A test file's app (`a`, with its TestApp `t`), a second instance on its database (`b`) and a studio. */
export function sessionsWorld(options: { second?: boolean } = {}) {
  const world = {} as { t: TestApp; a: Instance; b: SecondInstance; studioId: string };
  beforeAll(async () => {
    world.t = await createTestApp();
    world.a = instanceOf(world.t);
    world.studioId = (await makeStudio(world.t.dataSource)).id;
    if (options.second) world.b = await secondInstance(world.t);
  });
  afterAll(async () => {
    await world.b?.close();
    await world.t.close();
  });
  return world;
}

/** Signs in and returns the token and the session cookie the answer set. */
export async function signIn(i: Instance, email: string, password: string, address?: string): Promise<{ token: string; cookie: string; setCookie: string }> {
  const res = await i.call(OPS.login, { email, password }, { address });
  if (!res.data?.login) throw new Error(`sign-in failed for ${email}: ${JSON.stringify(res.errors)}`);
  const setCookie = res.setCookie.find((c) => c.startsWith('flex_session='))!;
  return { token: res.data.login.token, cookie: setCookie.split(';')[0], setCookie };
}

/** The token of the newest invitation or reset link mailed to `email` (read by the operator in the outbox). */
export async function linkTokenFor(t: TestApp, email: string): Promise<string> {
  const res = await t.gql(OutboxAccountLinks2Document, {}, t.operatorToken);
  const mail = res.data.outbox.find((m) => m.to === email && (m.kind === 'INVITATION' || m.kind === 'PASSWORD_RESET'));
  if (!mail?.secret) throw new Error(`no link mailed to ${email}`);
  expect(mail.text).toContain(`/${mail.kind === 'INVITATION' ? 'invitation' : 'reset'}/${mail.secret}`);
  return mail.secret;
}

/** Every row of every table whose text (any column, cast to text) contains `needle`: "table.column". */
export async function tablesHolding(dataSource: DataSource, needle: string): Promise<string[]> {
  const columns: Array<{ table_name: string; column_name: string; data_type: string }> = await dataSource.query(
    `SELECT c.table_name, c.column_name, c.data_type FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name)
      WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND c.data_type IN ('text', 'character varying', 'jsonb', 'json', 'bytea', 'ARRAY')`,
  );
  const found: string[] = [];
  for (const { table_name, column_name, data_type } of columns) {
    const value = data_type === 'bytea' ? `encode("${column_name}", 'escape')` : `"${column_name}"::text`;
    const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM "${table_name}" WHERE position($1 in ${value}) > 0`, [needle]);
    if (n > 0) found.push(`${table_name}.${column_name}`);
  }
  return found;
}
