import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { DataSource, Logger as TypeOrmLogger } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source.js';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres.js';

/** The PostgreSQL server of the run: DATABASE_URL's, or an embedded one in a temporary folder. */
export interface BenchServer {
  kind: 'DATABASE_URL' | 'embedded';
  url: string;
  stop(): Promise<void>;
}

export async function startServer(log: (message: string) => void): Promise<BenchServer> {
  const url = process.env.DATABASE_URL;
  if (url) return { kind: 'DATABASE_URL', url, stop: async () => undefined };
  const dir = mkdtempSync(join(tmpdir(), 'flex-bench-pg-'));
  chmodSync(dir, 0o755); // run as root, the server runs as "postgres", which must reach the folder
  log(`Starting an embedded PostgreSQL in ${dir}`);
  const embedded = await startEmbeddedPostgres(join(dir, 'data'));
  return {
    kind: 'embedded',
    url: embedded.url,
    stop: async () => {
      await embedded.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const withDatabase = (serverUrl: string, name: string) => Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString();

/** Runs one statement on the server's maintenance database (create / drop the bench database). */
export async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh database name for this run, with a timestamp: flex_bench_20250101_120000_1234. */
export function benchDatabaseName(now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '_').slice(0, 15);
  return `flex_bench_${stamp}_${process.pid}`;
}

/**
 * Counts the SQL statements the app sends (TypeORM reports each one to its logger, whatever
 * the logging option), so a request's count is the difference around it.
 */
export class QueryCounter implements TypeOrmLogger {
  count = 0;
  logQuery(): void {
    this.count++;
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

/** The app's data source as production opens it (same pool size), migrated, with a query counter. */
export async function openCountedDatabase(url: string, counter: QueryCounter): Promise<DataSource> {
  const dataSource = new DataSource(dataSourceOptions(url, { logger: counter }));
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
}
