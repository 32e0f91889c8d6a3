import { DataSource } from 'typeorm';
import { openDatabase } from '../../src/database/data-source.js';
import { MIGRATIONS } from '../../src/database/migrations.js';
import { CLOSURE_YEARS, ensureBaseData } from '../../../seeds/base/index.js';
import { frenchPublicHolidays } from '../../src/modules/site/french-holidays.js';
import { DESK_KIT_COUNT, SPARE_KIT_COUNT } from '../../../seeds/base/kit-catalog.js';
import { adminQuery, testServerUrl } from '../test-database.js';
import { withDatabase } from '../test-database-names.js';

const INSTANCES = 4;

describe('several instances starting together on one fresh database', () => {
  const name = `flex_t_once_${process.pid}`;
  let opened: DataSource[] = [];
  let results: PromiseSettledResult<DataSource>[] = [];

  beforeAll(async () => {
    await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await adminQuery(`CREATE DATABASE "${name}"`);
    const url = withDatabase(testServerUrl(), name);
    const start = () => openDatabase(url, { afterMigrations: (ds) => ensureBaseData(ds, { operatorPassword: 'studioflex' }) });
    results = await Promise.allSettled(Array.from({ length: INSTANCES }, start));
    opened = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  });
  afterAll(async () => {
    await Promise.all(opened.map((ds) => ds.destroy()));
    await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });

  it('all start without an error', () => {
    expect(results.map((r) => (r.status === 'rejected' ? String(r.reason) : 'ok'))).toEqual(Array(INSTANCES).fill('ok'));
  });

  it('record each migration once', async () => {
    const rows: Array<{ name: string; n: number }> = await opened[0].query(`SELECT name, count(*)::int AS n FROM schema_migrations GROUP BY name ORDER BY name`);
    expect(rows.map((r) => r.n)).toEqual(MIGRATIONS.map(() => 1));
    expect(rows).toHaveLength(MIGRATIONS.length);
  });

  it('add the base data once', async () => {
    const [counts] = await opened[0].query(`
      SELECT (SELECT count(*)::int FROM site) AS sites, (SELECT count(*)::int FROM desk) AS desks,
             (SELECT count(*)::int FROM kit) AS kits, (SELECT count(*)::int FROM app_user WHERE role = 'OPERATOR') AS operators,
             (SELECT count(*)::int FROM closure_date) AS closures`);
    const closures = CLOSURE_YEARS.flatMap((y) => frenchPublicHolidays(y)).length;
    expect(counts).toEqual({ sites: 1, desks: 40, kits: DESK_KIT_COUNT + SPARE_KIT_COUNT, operators: 1, closures });
  });
});
