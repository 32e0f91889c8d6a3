import { mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { loadConfig } from '../config/config.js';
import { projectRoot } from '../config/project-root.js';
import { formatBytes, parseArgs } from './cli.js';
import { DatabaseTarget, openTarget, serverFacts, serverMajor } from './database-target.js';
import { libpqArgs, run } from './pg-process.js';
import { chooseTools, findTools, OpsError, toolPath } from './pg-tools.js';

const USAGE = `npm run db:backup [-- --file PATH]
Writes a pg_dump custom-format archive (-Fc) of DATABASE_URL's database, or of the embedded
one in FLEX_DATA_DIR, to PATH (default backups/flex-YYYYMMDD-HHMMSS.dump).`;

/** backups/flex-20260314-093015.dump, in the machine's local time. */
export function defaultBackupName(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  const day = `${now.getFullYear()}${p(now.getMonth() + 1)}${p(now.getDate())}`;
  return `flex-${day}-${p(now.getHours())}${p(now.getMinutes())}${p(now.getSeconds())}.dump`;
}

/** Relative paths are taken from where npm was run (INIT_CWD), not from the backend folder. */
export const fromCallerDir = (path: string) => resolve(process.env.INIT_CWD ?? process.cwd(), path);

export async function connectedFacts(target: DatabaseTarget) {
  try {
    return await serverFacts(target.url);
  } catch (e) {
    throw new OpsError(`Cannot connect to ${target.label}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

export async function backup(argv: string[]): Promise<void> {
  const args = parseArgs(argv, { values: ['file'], flags: ['help'] });
  if (args.help) return void process.stdout.write(`${USAGE}\n`);
  const file = typeof args.file === 'string' ? fromCallerDir(args.file) : resolve(projectRoot(), 'backups', defaultBackupName());
  const target = await openTarget(loadConfig(), 'share', true);
  try {
    const facts = await connectedFacts(target);
    const tools = chooseTools(findTools(), serverMajor(facts), facts.version);
    const started = performance.now();
    mkdirSync(dirname(file), { recursive: true });
    // Written aside, then renamed: a failed backup leaves no file that looks complete.
    const partial = `${file}.partial`;
    const { dbname, env } = libpqArgs(target.url);
    try {
      await run(toolPath(tools, 'pg_dump'), ['--format=custom', `--file=${partial}`, `--dbname=${dbname}`], env, 'The backup');
      renameSync(partial, file);
    } finally {
      rmSync(partial, { force: true });
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const fromHere = relative(process.env.INIT_CWD ?? process.cwd(), file);
    const shown = fromHere && !fromHere.startsWith('..') ? fromHere : file;
    process.stdout.write(
      `Backed up ${facts.database} (PostgreSQL ${facts.version}, ${facts.tables.length} tables) from ${target.label}\n` +
        `  to ${shown} (${formatBytes(statSync(file).size)}, ${seconds} s) with pg_dump ${tools.version} from ${tools.dir}\n`,
    );
  } finally {
    await target.close();
  }
}
