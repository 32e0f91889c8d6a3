import '../src/database/pg-types.js';
import pg from 'pg';
const { Client } = pg;
import { randomBytes } from 'node:crypto';
import { TEMPLATE_DB, withDatabase } from './test-database-names.js';

/** The server the tests use: DATABASE_URL's, or the embedded one global-setup started. */
export function testServerUrl(): string {
  const url = process.env.FLEX_TEST_SERVER_URL;
  if (!url) throw new Error('FLEX_TEST_SERVER_URL is not set: run the tests through jest (global-setup)');
  return url;
}

const templateDb = () => process.env.FLEX_TEST_TEMPLATE_DB ?? TEMPLATE_DB;

export async function adminQuery(sql: string): Promise<void> {
  const client = new Client({ connectionString: testServerUrl() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh database for one test file, copied from the migrated and seeded template. */
export async function createTestDatabase(): Promise<{ name: string; url: string }> {
  const name = `flex_t_${randomBytes(6).toString('hex')}`;
  await adminQuery(`CREATE DATABASE "${name}" TEMPLATE "${templateDb()}"`);
  return { name, url: withDatabase(testServerUrl(), name) };
}

export async function dropTestDatabase(name: string): Promise<void> {
  await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}
