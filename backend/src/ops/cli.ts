import { ConfigError } from '../config/config.js';
import { OpsError } from './pg-tools.js';

/** `--name value`, `--name=value` and bare `--flag` arguments. */
export function parseArgs(argv: string[], known: { values: string[]; flags: string[] }): Record<string, string | true> {
  const out: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const [name, inline] = argv[i].replace(/^--/, '').split(/=(.*)/s, 2);
    if (!argv[i].startsWith('--')) throw new OpsError(`Unexpected argument "${argv[i]}"`, 2);
    if (known.flags.includes(name)) out[name] = true;
    else if (known.values.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined || value === '') throw new OpsError(`--${name} needs a value`, 2);
      out[name] = value;
    } else throw new OpsError(`Unknown option --${name} (known: ${[...known.values, ...known.flags].map((k) => `--${k}`).join(', ')})`, 2);
  }
  return out;
}

/** Runs a command's main, turning expected failures into one clear line and an exit code. */
export function runCommand(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (e: unknown) => {
      if (e instanceof OpsError || e instanceof ConfigError) {
        process.stderr.write(`${e.message}\n`);
        process.exit(e instanceof OpsError ? e.exitCode : 2);
      }
      process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exit(1);
    },
  );
}

export const formatBytes = (n: number) => (n < 1024 * 1024 ? `${(n / 1024).toFixed(1)} kB` : `${(n / 1024 / 1024).toFixed(1)} MB`);
