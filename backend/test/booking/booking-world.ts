import { ContractEntity } from '../../src/modules/studios/contract.entity.js';
import { makeContract, makeManager, makeStudio, TEST_PASSWORD } from '../../../seeds/factories/index.js';
import { AvailabilityDocument, BookDesksDocument, BookingDocument, BookingsDocument, CancelBookingDocument, ConfirmBookingDocument, DeskCalendarDocument, FreeDesksDocument, UpdateBookingDocument } from '../documents.js';
import { GqlResult, TestApp } from '../harness.js';

/**
 * The contract's operations (booking.graphql), exactly as clients send them: the front end's typed
 * documents, except `bookings`, whose front-end read (BookingList) asks for more.
 */
export const OPS = {
  availability: AvailabilityDocument,
  freeDesks: FreeDesksDocument,
  deskCalendar: DeskCalendarDocument,
  bookDesks: BookDesksDocument,
  confirmBooking: ConfirmBookingDocument,
  cancelBooking: CancelBookingDocument,
  updateBooking: UpdateBookingDocument,
  bookings: BookingsDocument,
};

/** Beyond the contract file: one booking with everything it records. */
export const BOOKING_DETAIL = BookingDocument;

/** Monday 2 March 2026, 09:00 in Angoulême: "today" for the booking tests. */
export const TODAY = '2026-03-02';
export const startOfTestDay = () => new Date('2026-03-02T09:00:00+01:00');

export async function deskIds(t: TestApp): Promise<Record<string, string>> {
  const rows: Array<{ id: string; code: string }> = await t.dataSource.query(`SELECT id, code FROM desk`);
  return Object.fromEntries(rows.map((r) => [r.code, r.id]));
}

export interface Tenant {
  studioId: string;
  studioName: string;
  contract: ContractEntity;
  token: string;
  managerId: string;
}

/** A studio with its signed-in manager and (unless `contract: null`) an ACTIVE contract 2026–2027. */
export async function makeTenant(t: TestApp, contract: Partial<ContractEntity> | null = {}): Promise<Tenant> {
  const studio = await makeStudio(t.dataSource);
  const manager = await makeManager(t.dataSource, studio.id);
  const made = contract ? await makeContract(t.dataSource, studio.id, contract) : (null as unknown as ContractEntity);
  return { studioId: studio.id, studioName: studio.name, contract: made, token: await t.login(manager.email, TEST_PASSWORD), managerId: manager.id };
}

/** Data of a call that must succeed (fails the test with the errors otherwise). */
export function ok<T>(res: GqlResult<T>): T {
  if (res.errors) throw new Error(`unexpected errors: ${JSON.stringify(res.errors)}`);
  return res.data;
}

/** What a refused mutation must not leave behind: bookings, their desk rows, idempotency records. */
export async function footprint(t: TestApp): Promise<{ bookings: number; rows: number; liveRows: number; keys: number }> {
  const [row] = await t.dataSource.query(
    `SELECT (SELECT count(*)::int FROM booking) AS bookings, (SELECT count(*)::int FROM booking_desk) AS rows,
            (SELECT count(*)::int FROM booking_desk WHERE live) AS "liveRows", (SELECT count(*)::int FROM idempotency_record) AS keys`,
  );
  return row;
}

/** Live desk rows held twice on one day: must always be empty. */
export async function overlappingLiveRows(t: TestApp): Promise<unknown[]> {
  return t.dataSource.query(
    `SELECT a.id AS a, b.id AS b FROM booking_desk a JOIN booking_desk b
        ON a.desk_id = b.desk_id AND a.id < b.id AND a.days && b.days
      WHERE a.live AND b.live`,
  );
}
