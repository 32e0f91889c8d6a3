import '../src/database/pg-types.js';
import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../src/bootstrap.js';
import { FlexConfig, loadConfig } from '../src/config/config.js';
import { dataSourceOptions } from '../src/database/data-source.js';
import { Clock } from '../src/common/time/clock.js';
import { createTestDatabase, dropTestDatabase } from './test-database.js';

export interface GqlResult<T = any> {
  status: number;
  data: T;
  errors?: Array<{ message: string; extensions: { code: string; [k: string]: unknown } }>;
}

export interface TestApp {
  app: INestApplication;
  dataSource: DataSource;
  clock: Clock;
  /** POST /graphql as the holder of `token` (none: anonymous). */
  gql<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResult<T>>;
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
  const gql = async <T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GqlResult<T>> => {
    const req = request(server).post('/graphql').set('Content-Type', 'application/json');
    if (token) req.set('Authorization', `Bearer ${token}`);
    const res = await req.send({ query, variables });
    return { status: res.status, data: res.body.data, errors: res.body.errors };
  };
  const login = async (email: string, password: string) => {
    const res = await gql<{ login: { token: string } }>(
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      { e: email, p: password },
    );
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
export const errorCode = (res: GqlResult) => res.errors?.[0]?.extensions?.code;
