import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { EMBEDDED_DATABASE, EmbeddedDatabase, startEmbeddedPostgres } from '../../src/database/embedded-postgres.js';
import { ensureDatabase } from '../../src/database/ensure-database.js';
import { withDatabase } from '../test-database-names.js';
import { fingerprint, totalRows } from './fingerprint.js';
import { BackupServer, runOps, seededDatabase, serverForBackups, serverQuery } from './ops-world.js';

describe('db:backup and db:restore', () => {
  const tag = randomBytes(4).toString('hex');
  const names = { source: `flex_t_bk_src_${tag}`, empty: `flex_t_bk_empty_${tag}`, busy: `flex_t_bk_busy_${tag}` };
  const dir = mkdtempSync(join(tmpdir(), 'flex-backup-test-'));
  const archive = join(dir, 'flex.dump');
  let server: BackupServer;
  let source: string;
  let secret: string;
  let before: Awaited<ReturnType<typeof fingerprint>>;
  const url = (name: string) => Object.assign(new URL(withDatabase(server.url, name)), { password: secret }).toString();

  beforeAll(async () => {
    server = await serverForBackups();
    // A password in the URL (trust authentication ignores it) to prove none is ever printed.
    secret = new URL(server.url).password || `pw-${randomBytes(6).toString('hex')}`;
    source = await seededDatabase(server.url, names.source, true);
    before = await fingerprint(source);
  }, 240_000);

  afterAll(async () => {
    for (const name of Object.values(names)) await serverQuery(server.url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('backs up a database with bookings and invoices to a custom-format archive, printing no password', async () => {
    expect((before['public.booking'] as { rows: number }).rows).toBeGreaterThan(0);
    expect((before['public.invoice'] as { rows: number }).rows).toBeGreaterThan(0);
    const run = await runOps('db-backup', ['--file', archive], { DATABASE_URL: url(names.source) });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`Backed up ${names.source} \\(PostgreSQL [\\d.]+, \\d+ tables\\)`));
    expect(readFileSync(archive).subarray(0, 5).toString()).toBe('PGDMP');
    expect(run.stdout + run.stderr).not.toContain(secret);
    process.stdout.write(`backup round trip on ${server.what}: ${Object.keys(before).filter((k) => !k.startsWith('sequence')).length} tables, ${totalRows(before)} rows; ${run.stdout}`);
  });

  it('restores it into an empty database: every table and sequence the same', async () => {
    await serverQuery(server.url, `CREATE DATABASE "${names.empty}"`);
    const run = await runOps('db-restore', ['--file', archive], { DATABASE_URL: url(names.empty) });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout + run.stderr).not.toContain(secret);
    expect(await fingerprint(url(names.empty))).toEqual(before);
    process.stdout.write(run.stdout);
  });

  it('refuses to restore into a database that has tables, and changes nothing', async () => {
    const busy = await seededDatabase(server.url, names.busy, false);
    const untouched = await fingerprint(busy);
    const run = await runOps('db-restore', ['--file', archive], { DATABASE_URL: url(names.busy) });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/is not empty \(\d+ tables: .*--force.*Nothing was changed/s);
    expect(await fingerprint(busy)).toEqual(untouched);
    expect(untouched).not.toEqual(before);
  });

  it('rolls back a forced restore whose archive breaks off half-way', async () => {
    const busy = url(names.busy);
    const untouched = await fingerprint(busy);
    const truncated = join(dir, 'truncated.dump');
    writeFileSync(truncated, readFileSync(archive).subarray(0, Math.floor(statSync(archive).size * 0.6)));
    const run = await runOps('db-restore', ['--file', truncated, '--force'], { DATABASE_URL: busy });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/rolled back, nothing was changed/);
    expect(await fingerprint(busy)).toEqual(untouched);
  });

  it('with --force replaces the contents with the backup', async () => {
    const run = await runOps('db-restore', ['--file', archive, '--force'], { DATABASE_URL: url(names.busy) });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/replacing its \d+ tables/);
    expect(await fingerprint(url(names.busy))).toEqual(before);
  });

  it('refuses a file that is not a backup', async () => {
    const bogus = join(dir, 'notes.txt');
    writeFileSync(bogus, 'not an archive');
    const run = await runOps('db-restore', ['--file', bogus, '--force'], { DATABASE_URL: url(names.busy) });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/is not a pg_dump custom-format archive/);
  });
});

describe('db:backup and db:restore on the embedded database', () => {
  const dir = mkdtempSync(join(tmpdir(), 'flex-backup-embedded-'));
  chmodSync(dir, 0o755); // as root, the server runs as "postgres", which must reach the folder
  const env = (data: string) => ({ DATABASE_URL: '', FLEX_DATA_DIR: data });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses to back up a data folder that holds no database, creating nothing', async () => {
    const run = await runOps('db-backup', ['--file', join(dir, 'none.dump')], env(join(dir, 'nothing-here')));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/There is no embedded database in .*nothing-here/);
    expect(() => statSync(join(dir, 'nothing-here'))).toThrow();
    expect(() => statSync(join(dir, 'none.dump'))).toThrow();
  });

  describe('while the app holds the server', () => {
    const data = join(dir, 'data');
    let embedded: EmbeddedDatabase;
    const stillServing = async () => (await serverQuery(embedded.url, 'SELECT 1 AS ok'))[0].ok;

    beforeAll(async () => {
      embedded = await startEmbeddedPostgres(data);
      await ensureDatabase(embedded.url, EMBEDDED_DATABASE);
    }, 120_000);
    afterAll(() => embedded.stop());

    it('refuses to restore into it, and leaves it running', async () => {
      writeFileSync(join(dir, 'any.dump'), 'PGDMP');
      const run = await runOps('db-restore', ['--file', join(dir, 'any.dump'), '--force'], env(data));
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/The embedded PostgreSQL in .* is running \(pid \d+\).*Stop the app first/);
      expect(await stillServing()).toBe(1);
    });

    it('backs up through the running server instead of starting another one', async () => {
      const run = await runOps('db-backup', ['--file', join(dir, 'running.dump')], env(data));
      // Where no pg_dump is as new as the embedded server, it says so once connected to it.
      expect(run.stdout + run.stderr).toMatch(/Backed up flex \(PostgreSQL 17|The database server runs PostgreSQL 17\.\d+: pg_dump, pg_restore and psql 17/);
      expect(await stillServing()).toBe(1);
    });
  });
});
