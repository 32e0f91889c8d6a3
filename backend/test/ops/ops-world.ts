import { spawn } from 'node:child_process';
import { join } from 'node:path';
import pg from 'pg';
import { createApp } from '../../src/bootstrap.js';
import { loadConfig } from '../../src/config/config.js';
import { projectRoot } from '../../src/config/project-root.js';
import { openDatabase } from '../../src/database/data-source.js';
import { chooseTools, findTools } from '../../src/ops/pg-tools.js';
import { ensureBaseData } from '../../../seeds/base/index.js';
import { ensureDemoData } from '../../../seeds/demo/index.js';
import { testServerUrl } from '../test-database.js';
import { withDatabase } from '../test-database-names.js';
import { startScratchServer } from './scratch-server.js';

export async function serverQuery<T = Record<string, unknown>>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

export interface BackupServer {
  url: string;
  what: string;
  stop(): Promise<void>;
}

/**
 * The test server when this machine's pg_dump can dump it (DATABASE_URL's); else, as for
 * the embedded PostgreSQL 17 beside client tools 15, a scratch server of the newest tools' version.
 */
export async function serverForBackups(): Promise<BackupServer> {
  const url = testServerUrl();
  const [{ num }] = await serverQuery<{ num: number }>(url, `SELECT current_setting('server_version_num')::int AS num`);
  const tools = findTools();
  try {
    chooseTools(tools, Math.floor(num / 10000));
    return { url, what: `the test server (PostgreSQL ${Math.floor(num / 10000)})`, stop: async () => undefined };
  } catch {
    const newest = [...tools].sort((a, b) => b.major - a.major)[0];
    if (!newest) throw new Error('No pg_dump on this machine: install the PostgreSQL client programs');
    const scratch = await startScratchServer(newest.dir);
    return { url: scratch.url, what: `a scratch PostgreSQL ${newest.version} (the test server is newer than pg_dump)`, stop: scratch.stop };
  }
}

/** A new database on the server, migrated with the base data, and the demo data when asked. */
export async function seededDatabase(serverUrl: string, name: string, demo: boolean): Promise<string> {
  await serverQuery(serverUrl, `CREATE DATABASE "${name}"`);
  const url = withDatabase(serverUrl, name);
  const dataSource = await openDatabase(url, { afterMigrations: (ds) => ensureBaseData(ds, { operatorPassword: 'studioflex' }) });
  try {
    if (demo) {
      const app = await createApp({ dataSource, config: { ...loadConfig({ FLEX_LOG_LEVEL: 'error' }), jobs: false } });
      await ensureDemoData(app);
      await app.close();
    }
  } finally {
    await dataSource.destroy();
  }
  return url;
}

export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built `db:backup` / `db:restore` command as an operator would. */
export function runOps(command: 'db-backup' | 'db-restore', args: string[], env: NodeJS.ProcessEnv): Promise<CommandResult> {
  const script = join(projectRoot(), 'backend/dist/backend/src/ops', `${command}.js`);
  const child = spawn(process.execPath, [script, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise((resolveRun, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolveRun({ code: code ?? 1, stdout, stderr }));
  });
}
