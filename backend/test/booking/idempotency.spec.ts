import { makeManager, TEST_PASSWORD } from '../../../seeds/factories/index.js';
import { createTestApp, errorCode, TestApp } from '../harness.js';
import { deskIds, footprint, makeTenant, ok, OPS, startOfTestDay, Tenant } from './booking-world.js';

describe('bookDesks with an idempotency key', () => {
  let t: TestApp;
  let desk: Record<string, string>;
  let studio: Tenant;
  beforeAll(async () => {
    t = await createTestApp();
    t.clock.travelTo(startOfTestDay());
    desk = await deskIds(t);
    studio = await makeTenant(t);
  });
  afterAll(() => t.close());

  const book = (key: string | undefined, codes: string[], startDate = '2026-03-09', endDate = '2026-03-13', token = studio.token) =>
    t.gql(OPS.bookDesks, { input: { studioId: studio.studioId, productionName: 'Les Ailes de Pierre', startDate, endDate, deskIds: codes.map((c) => desk[c]), idempotencyKey: key } }, token);
  const bookingsOfStudio = async () => (await t.dataSource.query(`SELECT count(*)::int AS n FROM booking WHERE studio_id = $1`, [studio.studioId]))[0].n;

  it('returns the first result again and creates nothing more', async () => {
    const first = ok(await book('key-1', ['A01', 'A02'])).bookDesks;
    const count = await bookingsOfStudio();
    const again = ok(await book('key-1', ['A01', 'A02'])).bookDesks;
    expect(again).toEqual(first);
    expect(await bookingsOfStudio()).toBe(count);
  });

  it('returns the first result even if the retry differs (the key names the intent, not the payload)', async () => {
    const first = ok(await book('key-2', ['A03'])).bookDesks;
    const again = ok(await book('key-2', ['A04'], '2026-03-16', '2026-03-20')).bookDesks;
    expect(again.id).toBe(first.id);
    expect(again.desks.map((d: { code: string }) => d.code)).toEqual(['A03']);
  });

  it('keeps keys apart per user', async () => {
    const colleague = await makeManager(t.dataSource, studio.studioId);
    const token = await t.login(colleague.email, TEST_PASSWORD);
    const mine = ok(await book('shared-key', ['B01'])).bookDesks;
    const theirs = ok(await book('shared-key', ['B02'], '2026-03-09', '2026-03-13', token)).bookDesks;
    expect(theirs.id).not.toBe(mine.id);
  });

  it('forgets a key whose first call was refused: the retry really books', async () => {
    const other = await makeTenant(t);
    ok(await t.gql(OPS.bookDesks, { input: { studioId: other.studioId, productionName: 'X', startDate: '2026-03-09', endDate: '2026-03-09', deskIds: [desk.C01] } }, other.token));
    const before = await footprint(t);
    expect(errorCode(await book('key-3', ['C01']))).toBe('DESK_UNAVAILABLE');
    expect(await footprint(t)).toEqual(before);
    const retry = ok(await book('key-3', ['C02'])).bookDesks;
    expect(retry.desks.map((d: { code: string }) => d.code)).toEqual(['C02']);
  });

  it('makes one booking when the same call is sent twice at once', async () => {
    const count = await bookingsOfStudio();
    const results = await Promise.all(Array.from({ length: 6 }, () => book('key-race', ['D01', 'D02'], '2026-04-06', '2026-04-10')));
    const ids = results.map((r) => ok(r).bookDesks.id);
    expect(new Set(ids).size).toBe(1);
    expect(await bookingsOfStudio()).toBe(count + 1);
  });
});
