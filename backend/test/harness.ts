import '../src/database/pg-types.js';
import { INestApplication } from '@nestjs/common';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { DocumentNode, print } from 'graphql';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../src/bootstrap.js';
import { FlexConfig, loadConfig } from '../src/config/config.js';
import { dataSourceOptions } from '../src/database/data-source.js';
import { Clock } from '../src/common/time/clock.js';
import { createTestDatabase, dropTestDatabase } from './test-database.js';
import { LoginDocument } from './documents.js';

/** An answer of POST /graphql: `data` typed by the document sent (`unknown` for raw text until a test narrows it). */
export interface GqlResult<T = unknown> {
  status: number;
  data: T;
  errors?: Array<{ message: string; extensions: { code: string; [k: string]: unknown } }>;
}

/** What `gqlRaw` sends: operation text, or a document whose variables are deliberately not its own. */
export type RawOperation = string | DocumentNode;

/** The request body of an operation. */
export function operationText(operation: RawOperation): string {
  return typeof operation === 'string' ? operation : print(operation);
}

/** A document's variables (which may be left out when none is required), then what follows them. */
export type VariablesThen<V, Rest extends unknown[]> = {} extends V ? [variables?: V, ...rest: Rest] : [variables: V, ...rest: Rest];

/** POST /graphql with a shared typed document (`./documents.js`): data and variables typed by it. */
export interface GqlCall {
  <R, V>(document: TypedDocumentNode<R, V>, ...args: VariablesThen<NoInfer<V>, [token?: string]>): Promise<GqlResult<R>>;
}

/**
 * POST /graphql with text or variables that are themselves under test (hostile input, the authorization
 * matrix, query cost and depth, the contract files): nothing is known of the answer (`unknown`) unless the
 * test names the narrow shape it reads. Product operations go through `gql` and a typed document instead.
 */
export type GqlRawCall = <T = unknown>(operation: RawOperation, variables?: Record<string, unknown>, token?: string) => Promise<GqlResult<T>>;

export interface TestApp {
  app: INestApplication;
  dataSource: DataSource;
  clock: Clock;
  /** POST /graphql as the holder of `token` (none: anonymous). */
  gql: GqlCall;
  /** POST /graphql with raw text or off-type variables, for tests of the request itself (see GqlRawCall). */
  gqlRaw: GqlRawCall;
  login(email: string, password: string): Promise<string>;
  operatorToken: string;
  http(): ReturnType<typeof request>;
  /** The database's URL (to start a second instance on it: `createTestApp({ sameDatabaseAs })`). */
  databaseUrl: string;
  close(): Promise<void>;
}

/** The key sealing secrets at rest in tests (the app would otherwise generate a key file). */
export const TEST_SECRET_KEY = 'test-secret-key-for-sealing-secrets-at-rest';

export interface TestAppOptions {
  /** Configuration as the environment would give it (e.g. `production: true` for NODE_ENV=production). */
  config?: Partial<FlexConfig>;
  /** Also serve the built front end from `config.frontendDist`. */
  serveFrontend?: boolean;
  /** A second app instance on this app's database (closing it leaves the database). */
  sameDatabaseAs?: TestApp;
  /** Where the app's JSON log lines go (to read them). */
  logDestination?: { write(line: string): void };
}

/** The real application on its own fresh database (copied from the seeded template). */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const db = options.sameDatabaseAs ? null : await createTestDatabase();
  const url = db?.url ?? options.sameDatabaseAs!.databaseUrl;
  const dataSource = new DataSource(dataSourceOptions(url, { extra: { max: 60 }, logging: false }));
  await dataSource.initialize();
  const config = { ...loadConfig({ FLEX_LOG_LEVEL: 'error', FLEX_SECRET_KEY: TEST_SECRET_KEY }), jobs: false, ...options.config };
  const app = await createApp({ dataSource, config, serveFrontend: options.serveFrontend, logDestination: options.logDestination });
  const server = app.getHttpServer();
  const gqlRaw = (async (operation: RawOperation, variables: unknown = {}, token?: string) => {
    const req = request(server).post('/graphql').set('Content-Type', 'application/json');
    if (token) req.set('Authorization', `Bearer ${token}`);
    const res = await req.send({ query: operationText(operation), variables });
    return { status: res.status, data: res.body.data, errors: res.body.errors };
  }) as GqlRawCall;
  const gql = (<R>(document: TypedDocumentNode<R, unknown> | string, variables?: Record<string, unknown>, token?: string) => gqlRaw<R>(document, variables, token)) as GqlCall;
  const login = async (email: string, password: string) => {
    const res = await gql(LoginDocument, { email, password });
    if (!res.data?.login) throw new Error(`login failed for ${email}: ${JSON.stringify(res.errors)}`);
    return res.data.login.token;
  };
  const operatorToken = await login('operator@studioflex.fr', 'studioflex');
  return {
    app,
    dataSource,
    clock: app.get(Clock),
    gql,
    gqlRaw,
    login,
    operatorToken,
    http: () => request(server),
    databaseUrl: url,
    close: async () => {
      await app.close();
      await dataSource.destroy();
      if (db) await dropTestDatabase(db.name);
    },
  };
}

/** The `extensions.code` of the first error, or undefined when the call succeeded. */
export const errorCode = (res: Pick<GqlResult<unknown>, 'errors'>) => res.errors?.[0]?.extensions?.code;
