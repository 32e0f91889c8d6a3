import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { FullConfig } from '@playwright/test';

const ROOT = resolve(__dirname, '..', '..');
const BACKEND = join(ROOT, 'backend');
const MAIN = join(BACKEND, 'dist', 'backend', 'src', 'main.js');
const FRONTEND_INDEX = join(ROOT, 'frontend', 'dist', 'index.html');
const LOG_FILE = join(ROOT, 'e2e', 'server.log');
const STARTUP_TIMEOUT_MS = 180_000;

function tail(file: string, lines = 40): string {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/** Runs a small ES module script in the backend folder, where `pg` resolves. */
function runInBackend(script: string, env: Record<string, string>): void {
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: BACKEND, env: { ...process.env, ...env }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`Database preparation failed: ${result.stderr || result.stdout}`);
}

function createDatabase(serverUrl: string, name: string): string {
  runInBackend(
    `import pg from 'pg';
     const c = new pg.Client({ connectionString: process.env.SERVER_URL });
     await c.connect();
     await c.query('DROP DATABASE IF EXISTS "' + process.env.DB_NAME + '"');
     await c.query('CREATE DATABASE "' + process.env.DB_NAME + '"');
     await c.end();`,
    { SERVER_URL: serverUrl, DB_NAME: name },
  );
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

function dropDatabase(serverUrl: string, name: string): void {
  try {
    runInBackend(
      `import pg from 'pg';
       const c = new pg.Client({ connectionString: process.env.SERVER_URL });
       await c.connect();
       await c.query('DROP DATABASE IF EXISTS "' + process.env.DB_NAME + '" WITH (FORCE)');
       await c.end();`,
      { SERVER_URL: serverUrl, DB_NAME: name },
    );
  } catch (e) {
    console.warn(String(e));
  }
}

async function waitForHealth(baseURL: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The product exited (code ${server.exitCode}) while starting:\n${tail(LOG_FILE)}`);
    try {
      const res = await fetch(`${baseURL}/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The product did not answer ${baseURL}/health within ${STARTUP_TIMEOUT_MS / 1000} s:\n${tail(LOG_FILE)}`);
}

function stop(server: ChildProcess): Promise<void> {
  return new Promise((done) => {
    if (server.exitCode !== null || server.signalCode !== null) return done();
    const killTimer = setTimeout(() => server.kill('SIGKILL'), 30_000);
    server.once('exit', () => {
      clearTimeout(killTimer);
      done();
    });
    // SIGINT: the product stops its embedded PostgreSQL cleanly (no orphan postmaster).
    server.kill('SIGINT');
  });
}

/** Starts the built product with demo data on a fresh database; returns the teardown. */
export default async function globalSetup(config: FullConfig): Promise<(() => Promise<void>) | void> {
  if (process.env.E2E_BASE_URL) return; // a product already running: nothing to start
  const baseURL = config.projects[0].use.baseURL!;
  if (!existsSync(MAIN) || !existsSync(FRONTEND_INDEX)) {
    throw new Error('The product is not built: run "npm run build" at the repository root first.');
  }

  const dataDir = mkdtempSync(join(tmpdir(), 'flex-e2e-'));
  chmodSync(dataDir, 0o755); // as root, the embedded PostgreSQL runs as `postgres` and must reach it
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: new URL(baseURL).port,
    FLEX_DEMO: '1',
    FLEX_DATA_DIR: join(dataDir, 'pg'),
    FLEX_LOG_LEVEL: process.env.FLEX_LOG_LEVEL ?? 'warn',
    // Every test signs in: argon2id at its test cost (refused with NODE_ENV=production).
    FLEX_PASSWORD_HASH_COST: process.env.FLEX_PASSWORD_HASH_COST ?? 'low',
  };
  const serverUrl = process.env.DATABASE_URL;
  const dbName = `flex_e2e_${process.pid}_${Date.now().toString(36)}`;
  if (serverUrl) env.DATABASE_URL = createDatabase(serverUrl, dbName);

  const log = openSync(LOG_FILE, 'w');
  const server = spawn(process.execPath, [MAIN], { cwd: ROOT, env, stdio: ['ignore', log, log] });
  closeSync(log);

  const teardown = async () => {
    await stop(server);
    if (serverUrl) dropDatabase(serverUrl, dbName);
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitForHealth(baseURL, server);
  } catch (e) {
    await teardown();
    throw e;
  }
  return teardown;
}
