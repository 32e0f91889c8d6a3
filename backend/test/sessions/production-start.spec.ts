import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../../src/config/config.js';

const MAIN = fileURLToPath(new URL('../../dist/backend/src/main.js', import.meta.url));
const PRODUCTION = {
  NODE_ENV: 'production',
  FLEX_OPERATOR_PASSWORD: 'a-strong-operator-password',
  FLEX_JWT_SECRET: 'j'.repeat(40),
  FLEX_SECRET_KEY: 'k'.repeat(40),
  FLEX_PUBLIC_URL: 'https://flex.example.fr',
  // The test run's cheap password hashes (global-setup) are refused in production.
  FLEX_PASSWORD_HASH_COST: undefined,
};

/** Runs the built app as `npm start` would in production, with this environment; it must stop on its own. */
function start(env: Record<string, string | undefined>) {
  const dataDir = mkdtempSync(join(tmpdir(), 'flex-prod-'));
  try {
    const clean = Object.fromEntries(Object.entries({ ...process.env, PORT: '0', FLEX_DATA_DIR: join(dataDir, 'pg'), DATABASE_URL: '', ...env }).filter(([, v]) => v !== undefined));
    const result = spawnSync(process.execPath, [MAIN], { env: clean as NodeJS.ProcessEnv, encoding: 'utf8', timeout: 60_000 });
    return { status: result.status, output: `${result.stdout}${result.stderr}`, keyFileWritten: existsSync(join(dataDir, 'pg.key')) };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

describe('a production start (NODE_ENV=production)', () => {
  it.each(['FLEX_OPERATOR_PASSWORD', 'FLEX_JWT_SECRET', 'FLEX_SECRET_KEY', 'FLEX_PUBLIC_URL'])('refuses to start without %s, naming it', (missing) => {
    const { status, output, keyFileWritten } = start({ ...PRODUCTION, [missing]: undefined });
    expect(status).toBe(1);
    expect(output).toContain(`NODE_ENV=production needs ${missing}`);
    expect(output).not.toMatch(/Starting the embedded PostgreSQL|is ready/);
    expect(keyFileWritten).toBe(false);
  });

  it('names every missing variable at once', () => {
    const { status, output } = start({ NODE_ENV: 'production' });
    expect(status).toBe(1);
    expect(output).toContain('NODE_ENV=production needs FLEX_OPERATOR_PASSWORD, FLEX_JWT_SECRET, FLEX_SECRET_KEY, FLEX_PUBLIC_URL');
  });

  it('refuses a short operator password', () => {
    const { status, output } = start({ ...PRODUCTION, FLEX_OPERATOR_PASSWORD: 'studioflex' });
    expect(status).toBe(1);
    expect(output).toContain('FLEX_OPERATOR_PASSWORD must be at least 12 characters long');
  });

  it('accepts the full set (the configuration loads), and keeps local use free of any variable', () => {
    expect(loadConfig(PRODUCTION)).toMatchObject({ production: true, secretKey: PRODUCTION.FLEX_SECRET_KEY, publicUrl: 'https://flex.example.fr' });
    expect(loadConfig({})).toMatchObject({ production: false, operatorPassword: 'studioflex', secretKey: undefined, publicUrl: 'http://localhost:3000' });
  });

  it('refuses a short FLEX_SECRET_KEY and a malformed FLEX_PUBLIC_URL or FLEX_JWT_TTL, even locally', () => {
    expect(() => loadConfig({ FLEX_SECRET_KEY: 'short' })).toThrow(/FLEX_SECRET_KEY must be at least 32 characters/);
    expect(() => loadConfig({ FLEX_PUBLIC_URL: 'flex.example.fr' })).toThrow(/FLEX_PUBLIC_URL/);
    expect(() => loadConfig({ FLEX_JWT_TTL: 'forever' })).toThrow(/FLEX_JWT_TTL/);
  });
});
