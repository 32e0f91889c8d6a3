import { In } from 'typeorm';
import { BookingEntity, BookingStatus } from '../../src/modules/booking/booking.entity.js';
import { deskBookable, deskBookableSql, holdsDesks, holdsDesksSql } from '../../src/modules/booking/desk-holds.js';
import { makeBooking } from '../../../seeds/factories/index.js';
import { createTestApp, TestApp } from '../harness.js';
import { makeTenant, startOfTestDay } from './booking-world.js';

/*
 * "Does this booking still hold its desks?" and "may this desk be booked?" are each one
 * TypeScript function and one SQL fragment: they must agree on every case PostgreSQL holds.
 */
describe('the holding and bookable rules, in TypeScript and in SQL', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('agree on whether each booking holds its desks, an option at its very expiry included', async () => {
    const now = startOfTestDay();
    const studio = await makeTenant(t);
    const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
    const cases: Array<[BookingStatus, Date | null, boolean]> = [
      [BookingStatus.CONFIRMED, null, true],
      [BookingStatus.OPTION, at(60), true],
      [BookingStatus.OPTION, at(0), false],
      [BookingStatus.OPTION, at(-60), false], // expired, the sweep not run yet
      [BookingStatus.CANCELLED, null, false],
      [BookingStatus.EXPIRED, at(-600), false],
    ];
    const made: BookingEntity[] = [];
    for (const [i, [status, optionExpiresAt]] of cases.entries()) {
      made.push(await makeBooking(t.dataSource, { studioId: studio.studioId, contractId: studio.contract.id, deskCodes: [`B0${i + 1}`], startDate: '2026-03-09', endDate: '2026-03-13', status, optionExpiresAt }));
    }
    const rows: Array<{ id: string; holds: boolean }> = await t.dataSource.query(`SELECT b.id, ${holdsDesksSql('b', '$2')} AS holds FROM booking b WHERE b.id = ANY($1::uuid[])`, [
      made.map((b) => b.id),
      now,
    ]);
    const sql = new Map(rows.map((r) => [r.id, r.holds]));
    const stored = await t.dataSource.getRepository(BookingEntity).findBy({ id: In(made.map((b) => b.id)) });
    const ts = new Map(stored.map((b) => [b.id, holdsDesks(b, now)]));
    expect(made.map((b) => [sql.get(b.id), ts.get(b.id)])).toEqual(cases.map(([, , expected]) => [expected, expected]));
  });

  it('agree on which desks can be booked: an operational kit, not one in maintenance, retired or missing', async () => {
    const kit = async (code: string) => (await t.dataSource.query(`SELECT k.id FROM kit k JOIN desk d ON d.id = k.desk_id WHERE d.code = $1`, [code]))[0].id;
    await t.dataSource.query(`UPDATE kit SET status = 'MAINTENANCE' WHERE id = $1`, [await kit('A01')]);
    await t.dataSource.query(`UPDATE kit SET status = 'RETIRED', desk_id = NULL WHERE id = $1`, [await kit('A02')]);
    const desks: Array<{ code: string; status: string | null; bookable: boolean }> = await t.dataSource.query(
      `SELECT d.code, k.status, ${deskBookableSql('k')} AS bookable FROM desk d LEFT JOIN kit k ON k.desk_id = d.id ORDER BY d.code`,
    );
    expect(desks).toHaveLength(40);
    for (const d of desks) expect({ code: d.code, bookable: d.bookable }).toEqual({ code: d.code, bookable: deskBookable(d.status ? { status: d.status } : null) });
    expect(desks.filter((d) => !d.bookable).map((d) => d.code)).toEqual(['A01', 'A02']);
  });
});
