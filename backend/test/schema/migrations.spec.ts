import { pendingSchemaChanges } from '../../src/database/schema-diff.js';
import { createTestApp, TestApp } from '../harness.js';

describe('migrations', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  it('bring the database exactly to the entities (no drift; generate a migration when this fails)', async () => {
    const { up } = await pendingSchemaChanges(t.dataSource);
    expect(up).toEqual([]);
  });

  it('enforce no double booking with a btree_gist exclusion constraint', async () => {
    const [ext] = await t.dataSource.query(`SELECT extname FROM pg_extension WHERE extname = 'btree_gist'`);
    expect(ext).toEqual({ extname: 'btree_gist' });
    const [constraint] = await t.dataSource.query(`SELECT contype FROM pg_constraint WHERE conname = 'ex_booking_desk_no_double_booking'`);
    expect(constraint).toEqual({ contype: 'x' });
  });
});
