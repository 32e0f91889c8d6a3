import '../../src/database/pg-types.js';
import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { addDays, dateInZone } from '../../src/common/time/dates.js';
import { projectRoot } from '../../src/config/project-root.js';
import { dataSourceOptions } from '../../src/database/data-source.js';
import { BookingEntity } from '../../src/modules/booking/booking.entity.js';
import { makeContract, makeManager, makeStudio, TEST_PASSWORD } from '../../../seeds/factories/index.js';
import { createTestDatabase, dropTestDatabase } from '../test-database.js';

const MAIN = join(projectRoot(), 'backend', 'dist', 'backend', 'src', 'main.js');
/** Fewer than the app's 20 pooled connections, so that each one is seen waiting in PostgreSQL. */
const CONCURRENT_BOOKINGS = 16;

const BOOK = `mutation BookDesks($input: BookDesksInput!) { bookDesks(input: $input) { id reference status } }`;

/** The built app (`node dist/backend/src/main.js`) as production runs it, on its own database and a free port. */
class RunningApp {
  private output = '';
  private readonly waiters: Array<() => void> = [];
  readonly exited: Promise<number | null>;
  private readonly child: ChildProcess;

  constructor(databaseUrl: string, frontendDist: string, env: Record<string, string> = {}) {
    this.child = spawn(process.execPath, [MAIN], {
      env: { PATH: process.env.PATH ?? '', DATABASE_URL: databaseUrl, PORT: '0', FLEX_DEMO: '0', FLEX_JOBS: '1', FLEX_FRONTEND_DIST: frontendDist, FLEX_LOG_LEVEL: 'info', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const collect = (chunk: Buffer) => {
      this.output += chunk.toString();
      for (const wake of this.waiters.splice(0)) wake();
    };
    this.child.stdout!.on('data', collect);
    this.child.stderr!.on('data', collect);
    this.exited = new Promise((resolve) =>
      this.child.once('exit', (code) => {
        resolve(code);
        for (const wake of this.waiters.splice(0)) wake();
      }),
    );
  }

  get log(): string {
    return this.output;
  }

  /** Resolves with the first match of `pattern` in the app's output, once it is printed. */
  async printed(pattern: RegExp): Promise<RegExpMatchArray> {
    for (;;) {
      const match = this.output.match(pattern);
      if (match) return match;
      if (this.child.exitCode !== null) throw new Error(`The app exited (${this.child.exitCode}) before printing ${pattern}:\n${this.output}`);
      await new Promise<void>((wake) => this.waiters.push(wake));
    }
  }

  signal(name: NodeJS.Signals): void {
    this.child.kill(name);
  }

  kill(): void {
    if (this.child.exitCode === null) this.child.kill('SIGKILL');
  }
}

interface Answer {
  status?: number;
  id?: string;
  code?: string;
  network?: string;
}

async function post(port: number, body: unknown, token?: string): Promise<Answer & { json?: any }> {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    const json = (await res.json()) as { data?: { bookDesks?: { id?: string } }; errors?: Array<{ extensions?: { code?: string } }> };
    return { status: res.status, json, id: json.data?.bookDesks?.id, code: json.errors?.[0]?.extensions?.code };
  } catch (e) {
    const cause = (e as { cause?: { code?: string } }).cause;
    return { network: cause?.code ?? String(e) };
  }
}

describe('SIGTERM under concurrent bookings (the built app, as a child process)', () => {
  let db: { name: string; url: string };
  let ds: DataSource;
  let lock: pg.Client;
  let dist: string;
  let studioId: string;
  let email: string;
  let deskIds: string[];
  const apps: RunningApp[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = new DataSource(dataSourceOptions(db.url, { logging: false }));
    await ds.initialize();
    const today = dateInZone(new Date());
    const studio = await makeStudio(ds);
    studioId = studio.id;
    await makeContract(ds, studio.id, { startDate: addDays(today, -30), endDate: addDays(today, 720), insuranceExpiresOn: addDays(today, 720) });
    email = (await makeManager(ds, studio.id)).email;
    deskIds = (await ds.query(`SELECT id FROM desk ORDER BY code LIMIT $1`, [CONCURRENT_BOOKINGS])).map((r: { id: string }) => r.id);
    lock = new pg.Client({ connectionString: db.url });
    await lock.connect();
    dist = mkdtempSync(join(tmpdir(), 'flex-no-front-'));
  });
  afterAll(async () => {
    for (const app of apps) app.kill();
    await lock?.end();
    await ds?.destroy();
    if (db) await dropTestDatabase(db.name);
    rmSync(dist, { recursive: true, force: true });
  });

  const start = async (env: Record<string, string> = {}) => {
    const app = new RunningApp(db.url, dist, env);
    apps.push(app);
    const port = Number((await app.printed(/ready on http:\/\/localhost:(\d+)/))[1]);
    const login = await post(port, { query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', variables: { e: email, p: TEST_PASSWORD } });
    return { app, port, token: login.json.data.login.token as string };
  };

  /** Holds the studio's row lock, which every booking of the studio takes first: they queue behind it, in flight. */
  const holdStudio = async () => {
    await lock.query('BEGIN');
    await lock.query('SELECT id FROM studio WHERE id = $1 FOR UPDATE', [studioId]);
  };
  const waitingOnStudio = async () => {
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> $1`, [(lock as unknown as { processID: number }).processID]);
    return n as number;
  };
  const bookAll = (port: number, token: string, firstDay: string, count = deskIds.length) =>
    deskIds.slice(0, count).map((deskId, i) =>
      post(port, { query: BOOK, variables: { input: { studioId, deskIds: [deskId], startDate: firstDay, endDate: addDays(firstDay, 4), productionName: `Shutdown ${i}`, idempotencyKey: `shutdown-${firstDay}-${i}` } } }, token),
    );
  const storedBookings = async (): Promise<string[]> => (await ds.getRepository(BookingEntity).find({ where: { studioId } })).map((b) => b.id).sort();

  it('answers every request in flight, stores every acknowledged booking and nothing else, then exits 0', async () => {
    const { app, port, token } = await start();
    await holdStudio();
    const answers = Promise.all(bookAll(port, token, addDays(dateInZone(new Date()), 60)));
    while ((await waitingOnStudio()) < CONCURRENT_BOOKINGS) await new Promise((r) => setTimeout(r, 20));

    app.signal('SIGTERM');
    await app.printed(new RegExp(`No longer accepting connections; ${CONCURRENT_BOOKINGS} request\\(s\\) in flight`));
    // Stopped accepting: a newcomer is refused, while the 16 are still waiting on the lock.
    expect((await post(port, { query: '{ __typename }' })).network).toBe('ECONNREFUSED');
    await lock.query('ROLLBACK');

    const results = await answers;
    expect(results.filter((r) => r.network)).toEqual([]);
    expect(results.map((r) => [r.status, r.code])).toEqual(results.map(() => [200, undefined]));
    expect(await app.exited).toBe(0);
    expect(app.log).toMatch(/Stopped/);
    const acknowledged = results.map((r) => r.id!).sort();
    expect(new Set(acknowledged).size).toBe(CONCURRENT_BOOKINGS);
    expect(await storedBookings()).toEqual(acknowledged);
  });

  it('cuts what is still running after FLEX_SHUTDOWN_TIMEOUT_MS (SIGINT too) and exits 1, saying so', async () => {
    const before = await storedBookings();
    const { app, port, token } = await start({ FLEX_SHUTDOWN_TIMEOUT_MS: '300' });
    await holdStudio();
    const answers = Promise.all(bookAll(port, token, addDays(dateInZone(new Date()), 90), 3));
    while ((await waitingOnStudio()) < 3) await new Promise((r) => setTimeout(r, 20));
    app.signal('SIGINT');
    await app.printed(/3 request\(s\) still running after 300 ms were cut/);
    const results = await answers;
    expect(results.every((r) => r.network !== undefined)).toBe(true);
    await lock.query('ROLLBACK');
    expect(await app.exited).toBe(1);
    // The cut transactions may have committed after their answer was lost: never half of one.
    const after = await storedBookings();
    for (const id of after.filter((b) => !before.includes(b))) {
      const [{ desks }] = await ds.query(`SELECT count(*)::int AS desks FROM booking_desk WHERE booking_id = $1`, [id]);
      expect(desks).toBe(1);
    }
  });
});
