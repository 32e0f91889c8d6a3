import '../src/database/pg-types.js';
import { INestApplication } from '@nestjs/common';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../src/bootstrap.js';
import { FlexConfig, loadConfig } from '../src/config/config.js';
import { dataSourceOptions } from '../src/database/data-source.js';
import { Clock } from '../src/common/time/clock.js';
import { createTestDatabase, dropTestDatabase } from './test-database.js';
import { LoginDocument } from './documents.js';

/**
 * What a raw operation string answers. Raw strings are kept where the text itself is under test (hostile
 * input, the authorization matrix, query limits) or for operations no shared document has yet; product
 * operations go through the typed documents of `./documents.js` instead.
 */
export type RawData = Record<string, any>;

export interface GqlResult<T = RawData> {
  status: number;
  data: T;
  errors?: Array<{ message: string; extensions: { code: string; [k: string]: unknown } }>;
}

/** An operation to send: a shared typed document (typed data and variables) or a raw string. */
export type Operation<R = RawData, V = Record<string, unknown>> = TypedDocumentNode<R, V> | string;

/** The request body of an operation. */
export function operationText(operation: Operation<unknown, never>): string {
  return typeof operation === 'string' ? operation : print(operation);
}

/** POST /graphql: a typed document's data is typed by it, a raw string's is `RawData` (or the type given). */
export interface GqlCall {
  <R, V>(document: TypedDocumentNode<R, V>, variables: V, token?: string): Promise<GqlResult<R>>;
  <T = RawData>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResult<T>>;
  <R, V>(operation: Operation<R, V>, variables: V, token?: string): Promise<GqlResult<R>>;
}

export interface TestApp {
  app: INestApplication;
  dataSource: DataSource;
  clock: Clock;
  /** POST /graphql as the holder of `token` (none: anonymous). */
  gql: GqlCall;
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
  const gql = (async (operation: Operation<unknown, never>, variables: unknown = {}, token?: string) => {
    const req = request(server).post('/graphql').set('Content-Type', 'application/json');
    if (token) req.set('Authorization', `Bearer ${token}`);
    const res = await req.send({ query: operationText(operation), variables });
    return { status: res.status, data: res.body.data, errors: res.body.errors };
  }) as GqlCall;
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
