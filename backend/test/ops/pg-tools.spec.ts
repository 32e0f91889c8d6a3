import { defaultBackupName } from '../../src/ops/backup.js';
import { redactUrl } from '../../src/ops/database-target.js';
import { libpqArgs } from '../../src/ops/pg-process.js';
import { chooseTools, OpsError, parseToolVersion, PgTools } from '../../src/ops/pg-tools.js';

const tools = (...majors: number[]): PgTools[] => majors.map((major) => ({ dir: `/opt/pg${major}/bin`, major, version: `${major}.3` }));

describe('choosing pg_dump, pg_restore and psql for a server', () => {
  it('takes the same major version as the server when there is one', () => {
    expect(chooseTools(tools(18, 15, 17), 17).major).toBe(17);
  });

  it('else takes the nearest newer one, which can still dump an older server', () => {
    expect(chooseTools(tools(18, 16, 13), 15).major).toBe(16);
  });

  it('refuses tools older than the server, naming both versions and what to install', () => {
    const refusal = () => chooseTools(tools(15, 14), 17, '17.6');
    expect(refusal).toThrow(OpsError);
    expect(refusal).toThrow(/PostgreSQL 17\.6: pg_dump, pg_restore and psql 17 or newer are needed, and the newest found is 15 \(\/opt\/pg15\/bin, \/opt\/pg14\/bin\).*postgresql-client-17.*FLEX_PG_BIN/);
  });

  it('says so when there are none at all', () => {
    expect(() => chooseTools([], 15)).toThrow(/15 or newer are needed, and none was found/);
  });

  it('reads the version that pg_dump prints', () => {
    expect(parseToolVersion('pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)\n')).toEqual({ major: 15, version: '15.20' });
    expect(parseToolVersion('pg_dump (PostgreSQL) 17.6')).toEqual({ major: 17, version: '17.6' });
    expect(parseToolVersion('pg_dump (PostgreSQL) 18beta1')).toEqual({ major: 18, version: '18' });
    expect(parseToolVersion('something else')).toBeUndefined();
  });
});

describe('what the backup commands show and pass on', () => {
  const url = 'postgres://flex:s%40cret@db.internal:5432/flex?sslmode=require';

  it('shows a database without its password or parameters', () => {
    expect(redactUrl(url)).toBe('postgres://flex@db.internal:5432/flex');
  });

  it('hands the password to pg_dump through PGPASSWORD, never on its command line', () => {
    const { dbname, env } = libpqArgs(url);
    expect(dbname).toBe('postgres://flex@db.internal:5432/flex?sslmode=require');
    expect(env.PGPASSWORD).toBe('s@cret');
  });

  it('names a backup after the moment it was taken', () => {
    expect(defaultBackupName(new Date(2026, 2, 14, 9, 30, 15))).toBe('flex-20260314-093015.dump');
  });
});
