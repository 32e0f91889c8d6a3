import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { FlexConfig } from '../config/config.js';
import { EMBEDDED_DATABASE, EMBEDDED_PASSWORD, startEmbeddedPostgres } from '../database/embedded-postgres.js';
import { ensureDatabase } from '../database/ensure-database.js';
import { OpsError } from './pg-tools.js';

/** The database a backup reads or a restore writes: DATABASE_URL's, or the embedded one in FLEX_DATA_DIR. */
export interface DatabaseTarget {
  /** Connection URL, password included: never printed. */
  url: string;
  /** What to show: the URL without password or parameters. */
  label: string;
  close(): Promise<void>;
}

/** `postgres://user@host:port/db`: the password and every parameter left out. */
export function redactUrl(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.username ? `${decodeURIComponent(u.username)}@` : ''}${u.host}${u.pathname}`;
}

/** A server running on the data folder, from its postmaster.pid (pid on line 1, port on line 4). */
export function runningEmbeddedServer(dataDir: string): { pid: number; port: number } | undefined {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  const lines = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  try {
    process.kill(pid, 0);
  } catch (e) {
    // EPERM: alive, owned by another user (the "postgres" user when started as root).
    if ((e as NodeJS.ErrnoException).code !== 'EPERM') return undefined;
  }
  return { pid, port };
}

const embeddedUrl = (port: number) => `postgres://postgres:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/${EMBEDDED_DATABASE}`;

/**
 * With DATABASE_URL: that database. Else the embedded one: a server already running on
 * FLEX_DATA_DIR (the app's) is used as it is when `whileRunning` is 'share' and refused when
 * it is 'refuse'; otherwise this command starts the server, and stops it on close.
 */
export async function openTarget(config: FlexConfig, whileRunning: 'share' | 'refuse', mustExist: boolean): Promise<DatabaseTarget> {
  if (config.databaseUrl) return { url: config.databaseUrl, label: redactUrl(config.databaseUrl), close: async () => undefined };
  const dir = config.dataDir;
  const running = runningEmbeddedServer(dir);
  if (running && whileRunning === 'refuse') {
    throw new OpsError(
      `The embedded PostgreSQL in ${dir} is running (pid ${running.pid}): Studio FLEX is probably using it. Stop the app first, then run this again.`,
      2,
    );
  }
  if (running) {
    const url = embeddedUrl(running.port);
    return { url, label: `the embedded PostgreSQL in ${dir} (running, ${redactUrl(url)})`, close: async () => undefined };
  }
  if (mustExist && !existsSync(join(dir, 'PG_VERSION'))) {
    throw new OpsError(`There is no embedded database in ${dir}: set FLEX_DATA_DIR to the app's data folder, or DATABASE_URL.`, 2);
  }
  const embedded = await startEmbeddedPostgres(dir);
  try {
    const url = await ensureDatabase(embedded.url, EMBEDDED_DATABASE);
    return { url, label: `the embedded PostgreSQL in ${dir} (started for this command)`, close: () => embedded.stop() };
  } catch (e) {
    await embedded.stop().catch(() => undefined);
    throw e;
  }
}

export interface ServerFacts {
  database: string;
  versionNum: number;
  version: string;
  tables: string[];
  /** Other connections of the app (application_name studio-flex) to this database. */
  appConnections: number;
}

export async function serverFacts(url: string): Promise<ServerFacts> {
  const client = new pg.Client({ connectionString: url, application_name: 'studio-flex-ops' });
  await client.connect();
  try {
    const [{ database, num, version }] = (
      await client.query(`SELECT current_database() AS database, current_setting('server_version_num')::int AS num, current_setting('server_version') AS version`)
    ).rows;
    const tables = await client.query(
      `SELECT n.nspname || '.' || c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind IN ('r', 'p') AND n.nspname NOT LIKE 'pg\\_%' AND n.nspname <> 'information_schema' ORDER BY 1`,
    );
    const app = await client.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND application_name = 'studio-flex'`,
    );
    return { database, versionNum: num, version: String(version).split(' ')[0], tables: tables.rows.map((r) => r.name), appConnections: app.rows[0].n };
  } finally {
    await client.end();
  }
}

export const serverMajor = (facts: ServerFacts) => Math.floor(facts.versionNum / 10000);

/** The schemas a forced restore empties first (every one but PostgreSQL's own). */
export async function userSchemas(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url, application_name: 'studio-flex-ops' });
  await client.connect();
  try {
    const rows = await client.query(`SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema' ORDER BY 1`);
    return rows.rows.map((r) => r.nspname);
  } finally {
    await client.end();
  }
}
