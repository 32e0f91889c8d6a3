import { createTestApp, TestApp } from '../harness.js';
import { adminQuery } from '../test-database.js';

const UNAVAILABLE = { status: 'unavailable' };

describe('health probes', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  it('answers /health/live, /health/ready and /health (SPEC) with 200 once the database is migrated', async () => {
    expect((await t.http().get('/health/live')).body).toEqual({ status: 'ok' });
    for (const path of ['/health', '/health/ready']) {
      const res = await t.http().get(path);
      expect({ path, status: res.status, body: res.body }).toEqual({ path, status: 200, body: { status: 'ok', database: 'migrated' } });
    }
  });

  it('is not ready while a migration of this build is pending, and says nothing more', async () => {
    const [last] = await t.dataSource.query(`SELECT id, timestamp, name FROM schema_migrations ORDER BY id DESC LIMIT 1`);
    await t.dataSource.query(`DELETE FROM schema_migrations WHERE id = $1`, [last.id]);
    try {
      for (const path of ['/health', '/health/ready']) {
        const res = await t.http().get(path);
        expect({ path, status: res.status, body: res.body }).toEqual({ path, status: 503, body: UNAVAILABLE });
      }
      expect((await t.http().get('/health/live')).status).toBe(200);
    } finally {
      await t.dataSource.query(`INSERT INTO schema_migrations (id, timestamp, name) VALUES ($1, $2, $3)`, [last.id, last.timestamp, last.name]);
    }
    expect((await t.http().get('/health/ready')).status).toBe(200);
  });
});

describe('health probes when the database is gone', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(async () => {
    await t.app.close();
    await t.dataSource.destroy().catch(() => undefined);
  });

  it('answers 503 without the host, port, database name or driver message; the process stays live', async () => {
    const [{ db }] = await t.dataSource.query('SELECT current_database() AS db');
    const { host, port } = new URL(process.env.FLEX_TEST_SERVER_URL!);
    await adminQuery(`DROP DATABASE "${db}" WITH (FORCE)`);
    for (const path of ['/health', '/health/ready']) {
      const res = await t.http().get(path);
      expect({ path, status: res.status, body: res.body }).toEqual({ path, status: 503, body: UNAVAILABLE });
      for (const secret of [db, host, port, 'ECONNREFUSED', 'terminat', 'does not exist']) if (secret) expect(res.text).not.toContain(secret);
    }
    expect((await t.http().get('/health/live')).body).toEqual({ status: 'ok' });
  });
});
