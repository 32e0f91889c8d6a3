import { mkdtempSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/*
 * Jest runs this file outside its module system, where the sources' `.js` imports do not
 * resolve to `.ts`: it loads the compiled build instead (`npm test` builds first).
 */
const TEMPLATE_DB = 'flex_test_template';
const withDatabase = (serverUrl: string, name: string) => Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString();
const dist = (path: string) => fileURLToPath(new URL(`../dist/${path}`, import.meta.url));
type Embedded = typeof import('../src/database/embedded-postgres.js');
type Data = typeof import('../src/database/data-source.js');
type Base = typeof import('../../seeds/base/index.js');

/**
 * Starts the database server for the run (DATABASE_URL's, or an embedded PostgreSQL in a
 * temporary folder) and prepares a template database, migrated and seeded once, that each
 * test file copies.
 */
export default async function globalSetup(): Promise<void> {
  // Thousands of sign-ins: argon2id at its test cost (config refuses it in production; password.ts).
  process.env.FLEX_PASSWORD_HASH_COST ??= 'low';
  await import(dist('backend/src/database/pg-types.js'));
  const { startEmbeddedPostgres }: Embedded = await import(dist('backend/src/database/embedded-postgres.js'));
  const { openDatabase }: Data = await import(dist('backend/src/database/data-source.js'));
  const { ensureBaseData }: Base = await import(dist('seeds/base/index.js'));
  const { default: pg } = await import('pg');
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const dir = mkdtempSync(join(tmpdir(), 'flex-test-pg-'));
    chmodSync(dir, 0o755);
    const embedded = await startEmbeddedPostgres(join(dir, 'data'));
    (globalThis as { __FLEX_EMBEDDED__?: unknown }).__FLEX_EMBEDDED__ = { ...embedded, dir };
    serverUrl = embedded.url;
  }
  const template = `${TEMPLATE_DB}_${process.pid}`;
  process.env.FLEX_TEST_SERVER_URL = serverUrl;
  process.env.FLEX_TEST_TEMPLATE_DB = template;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${template}"`);
  await admin.end();
  const dataSource = await openDatabase(withDatabase(serverUrl, template), {
    afterMigrations: (ds) => ensureBaseData(ds, { operatorPassword: 'studioflex' }),
  });
  await dataSource.destroy();
}
