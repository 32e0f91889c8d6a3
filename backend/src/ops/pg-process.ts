import { ChildProcess, spawn } from 'node:child_process';
import { OpsError } from './pg-tools.js';

/** The URL for libpq programs without its password, which goes through PGPASSWORD instead of argv. */
export function libpqArgs(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const u = new URL(url);
  const password = decodeURIComponent(u.password);
  u.password = '';
  const env: NodeJS.ProcessEnv = { ...process.env, PGCONNECT_TIMEOUT: process.env.PGCONNECT_TIMEOUT ?? '10' };
  if (password) env.PGPASSWORD = password;
  else delete env.PGPASSWORD;
  return { dbname: u.toString(), env };
}

export interface Finished {
  code: number;
  stderr: string;
}

/** Waits for a child, keeping (the end of) what it said on stderr. */
export function finished(child: ChildProcess): Promise<Finished> {
  return new Promise((resolveDone, reject) => {
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-8000);
    });
    child.once('error', reject);
    child.once('close', (code, signal) => resolveDone({ code: code ?? (signal ? 128 : 1), stderr: stderr.trim() }));
  });
}

/** Runs a program to its end; a non-zero exit becomes an OpsError with its own words. */
export async function run(program: string, args: string[], env: NodeJS.ProcessEnv, what: string): Promise<void> {
  const result = await finished(spawn(program, args, { env, stdio: ['ignore', 'ignore', 'pipe'] }));
  if (result.code !== 0) throw new OpsError(`${what} failed (${program} exited with ${result.code}): ${result.stderr || 'no message'}`);
}
