import { rmSync } from 'node:fs';
import pg from 'pg';
const { Client } = pg;

export default async function globalTeardown(): Promise<void> {
  const serverUrl = process.env.FLEX_TEST_SERVER_URL;
  const template = process.env.FLEX_TEST_TEMPLATE_DB;
  if (serverUrl && template) {
    const admin = new Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
    await admin.end();
  }
  const embedded = (globalThis as { __FLEX_EMBEDDED__?: { stop(): Promise<void>; dir: string } }).__FLEX_EMBEDDED__;
  if (embedded) {
    await embedded.stop();
    rmSync(embedded.dir, { recursive: true, force: true });
  }
}
