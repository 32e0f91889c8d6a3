import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { loadConfig } from '../config/config.js';
import { connectedFacts, fromCallerDir } from './backup.js';
import { parseArgs } from './cli.js';
import { openTarget, serverMajor, userSchemas } from './database-target.js';
import { finished, libpqArgs } from './pg-process.js';
import { chooseTools, findTools, OpsError, PgTools, toolPath } from './pg-tools.js';

const USAGE = `npm run db:restore -- --file PATH [--force]
Restores a pg_dump custom-format archive into DATABASE_URL's database, or into the embedded
one in FLEX_DATA_DIR (the app must be stopped). A database that holds tables is refused
unless --force, which replaces everything in it. One transaction: a failed restore changes nothing.`;

/** Custom-format archives start with "PGDMP". */
function checkArchive(file: string): void {
  if (!existsSync(file)) throw new OpsError(`There is no file ${file}.`, 2);
  const fd = openSync(file, 'r');
  const head = Buffer.alloc(5);
  readSync(fd, head, 0, 5, 0);
  closeSync(fd);
  if (head.toString('latin1') !== 'PGDMP') {
    throw new OpsError(`${file} is not a pg_dump custom-format archive (one made by npm run db:backup or pg_dump -Fc). Nothing was changed.`, 2);
  }
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Empties the database first, inside the restore's own transaction. */
async function replacingPrelude(url: string): Promise<string> {
  const drops = (await userSchemas(url)).map((s) => `DROP SCHEMA ${quoteIdent(s)} CASCADE;`);
  return [...drops, 'CREATE SCHEMA IF NOT EXISTS public;', 'GRANT USAGE ON SCHEMA public TO PUBLIC;'].join('\n');
}

/**
 * pg_restore turns the archive into SQL, which psql applies in one transaction after the
 * prelude. If pg_restore fails half-way, psql is stopped before it could commit.
 */
async function applyArchive(tools: PgTools, url: string, file: string, prelude: string): Promise<void> {
  const { dbname, env } = libpqArgs(url);
  const psqlArgs = ['--no-psqlrc', '--quiet', '--single-transaction', '-v', 'ON_ERROR_STOP=1', ...(prelude ? ['-c', prelude] : []), '-f', '-', `--dbname=${dbname}`];
  const psql = spawn(toolPath(tools, 'psql'), psqlArgs, { env, stdio: ['pipe', 'ignore', 'pipe'] });
  // Objects belong to the restoring role: the roles of the server that was backed up may not exist here.
  const pgRestore = spawn(toolPath(tools, 'pg_restore'), ['--no-owner', '--no-acl', '--file=-', file], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  psql.stdin.on('error', () => undefined); // psql stopped early: its own exit says why
  let psqlEnded = false;
  let psqlStopped = false;
  psql.once('close', () => {
    psqlEnded = true;
    if (pgRestore.exitCode === null) pgRestore.kill();
  });
  const psqlDone = finished(psql);
  pgRestore.stdout.pipe(psql.stdin, { end: false });
  const restoreDone = finished(pgRestore).then((r) => {
    if (r.code === 0) psql.stdin.end();
    else if (!psqlEnded) {
      psqlStopped = true;
      psql.kill();
    }
    return r;
  });
  const [read, applied] = await Promise.all([restoreDone, psqlDone]);
  if (applied.code !== 0 && !psqlStopped) throw new OpsError(`The restore failed and was rolled back, nothing was changed: ${applied.stderr || 'psql gave no message'}`);
  if (read.code !== 0) throw new OpsError(`${file} cannot be read to the end (${read.stderr || 'pg_restore gave no message'}). The restore was rolled back, nothing was changed.`);
}

export async function restore(argv: string[]): Promise<void> {
  const args = parseArgs(argv, { values: ['file'], flags: ['force', 'help'] });
  if (args.help) return void process.stdout.write(`${USAGE}\n`);
  if (typeof args.file !== 'string') throw new OpsError(`Which backup? ${USAGE.split('\n')[0]}`, 2);
  const file = fromCallerDir(args.file);
  checkArchive(file);
  const target = await openTarget(loadConfig(), 'refuse', false);
  try {
    const facts = await connectedFacts(target);
    if (facts.appConnections > 0) {
      throw new OpsError(`${facts.appConnections} connections of Studio FLEX are open on ${facts.database} (${target.label}): stop every instance of the app first. Nothing was changed.`, 2);
    }
    if (facts.tables.length > 0 && !args.force) {
      const some = facts.tables.slice(0, 3).join(', ');
      throw new OpsError(
        `The database ${facts.database} on ${target.label} is not empty (${facts.tables.length} tables: ${some}…). ` +
          'Restoring would replace everything in it: run again with --force to do so, or restore into an empty database. Nothing was changed.',
        2,
      );
    }
    const tools = chooseTools(findTools(), serverMajor(facts), facts.version);
    const started = performance.now();
    await applyArchive(tools, target.url, file, args.force ? await replacingPrelude(target.url) : '');
    const after = await connectedFacts(target);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    process.stdout.write(
      `Restored ${args.file} into ${after.database} on ${target.label} (${after.tables.length} tables, ${seconds} s)` +
        `${args.force && facts.tables.length ? `, replacing its ${facts.tables.length} tables` : ''} with pg_restore ${tools.version} from ${tools.dir}\n`,
    );
  } finally {
    await target.close();
  }
}
