import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../src/database/embedded-postgres.js';

export interface ScratchServer {
  url: string;
  stop(): Promise<void>;
}

function postgresUser(): { uid: number; gid: number } {
  try {
    return {
      uid: Number(execFileSync('id', ['-u', 'postgres']).toString().trim()),
      gid: Number(execFileSync('id', ['-g', 'postgres']).toString().trim()),
    };
  } catch {
    throw new Error('Running as root, a scratch PostgreSQL needs a "postgres" user to run as');
  }
}

/**
 * A throwaway PostgreSQL from the server programs beside a set of client tools (a
 * postgresql-N package puts initdb, pg_ctl and postgres there too): for when the test
 * server is newer than every pg_dump on the machine, as the embedded PostgreSQL 17 is
 * next to Debian 12's client tools 15.
 */
export async function startScratchServer(binDir: string): Promise<ScratchServer> {
  const missing = ['initdb', 'pg_ctl', 'postgres'].filter((p) => !existsSync(join(binDir, p)));
  if (missing.length) throw new Error(`No ${missing.join(', ')} in ${binDir}: install the PostgreSQL server of the same version as its pg_dump`);
  const dir = mkdtempSync(join(tmpdir(), 'flex-scratch-pg-'));
  chmodSync(dir, 0o755);
  const data = join(dir, 'data');
  const user = userInfo().uid === 0 ? postgresUser() : undefined;
  mkdirSync(data, { mode: 0o700 });
  if (user) chownSync(data, user.uid, user.gid);
  const as = { cwd: dir, stdio: 'pipe' as const, ...(user ?? {}) };
  execFileSync(join(binDir, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync'], as);
  const port = await freePort();
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c fsync=off`;
  execFileSync(join(binDir, 'pg_ctl'), ['-D', data, '-w', '-l', join(data, 'server.log'), '-o', options, 'start'], as);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: async () => {
      execFileSync(join(binDir, 'pg_ctl'), ['-D', data, '-w', '-m', 'fast', 'stop'], as);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
