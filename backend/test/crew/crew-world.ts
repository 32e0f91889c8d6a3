import { BookingStatus } from '../../src/modules/booking/booking.entity.js';
import { makeBooking, makeContract, makeManager, makeStudio, TEST_PASSWORD } from '../../../seeds/factories/index.js';
import { TestApp } from '../harness.js';
import { AddCrewMemberDocument, AssignCrewDocument, CheckInDocument, CheckOutDocument, CrewMembersDocument, DailyBoardDocument, RevokeAccessPassDocument, VerifyAccessDocument } from '../documents.js';

/** The contract's operations, exactly as the clients send them. */
export const OPS = {
  addCrewMember: AddCrewMemberDocument,
  crewMembers: CrewMembersDocument,
  assignCrew: AssignCrewDocument,
  revokeAccessPass: RevokeAccessPassDocument,
  verifyAccess: VerifyAccessDocument,
  checkIn: CheckInDocument,
  checkOut: CheckOutDocument,
  dailyBoard: DailyBoardDocument,
};

/** 'Europe/Paris' wall-clock time on a date, as an instant (winter: UTC+1, summer: UTC+2). */
export function parisTime(date: string, time: string): Date {
  const month = Number(date.slice(5, 7));
  const offset = month >= 4 && month <= 10 ? '+02:00' : '+01:00';
  return new Date(`${date}T${time}${offset}`);
}

export async function deskIds(t: TestApp): Promise<Record<string, string>> {
  const rows: Array<{ id: string; code: string }> = await t.dataSource.query(`SELECT id, code FROM desk`);
  return Object.fromEntries(rows.map((r) => [r.code, r.id]));
}

/** A studio with its manager (signed in), an active contract, and helpers to book and staff it. */
export async function makeWorld(t: TestApp) {
  const studio = await makeStudio(t.dataSource);
  const manager = await makeManager(t.dataSource, studio.id);
  const contract = await makeContract(t.dataSource, studio.id);
  const token = await t.login(manager.email, TEST_PASSWORD);
  const desks = await deskIds(t);
  const book = (deskCodes: string[], startDate: string, endDate: string, status = BookingStatus.CONFIRMED) =>
    makeBooking(t.dataSource, { studioId: studio.id, contractId: contract.id, deskCodes, startDate, endDate, status });
  const addCrew = async (fullName = 'Léa Moreau', jobTitle = 'Animatrice 2D') => {
    const email = `${fullName.toLowerCase().normalize('NFD').replace(/[^a-z]+/g, '.').replace(/^\.|\.$/g, '')}.${Math.random().toString(36).slice(2, 8)}@example.fr`;
    const res = await t.gql(OPS.addCrewMember, { input: { studioId: studio.id, fullName, email, jobTitle } }, token);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data.addCrewMember as { id: string; fullName: string; email: string };
  };
  const assign = (input: { bookingId: string; crewMemberId: string; deskCode: string; startDate: string; endDate: string }, as = token) =>
    t.gql(OPS.assignCrew, { input: { bookingId: input.bookingId, crewMemberId: input.crewMemberId, deskId: desks[input.deskCode], startDate: input.startDate, endDate: input.endDate } }, as);
  /** Books, adds a person and assigns them; returns the plain pass code. */
  const staffed = async (deskCode: string, startDate: string, endDate: string, fullName?: string) => {
    const booking = await book([deskCode], startDate, endDate);
    const member = await addCrew(fullName);
    const res = await assign({ bookingId: booking.id, crewMemberId: member.id, deskCode, startDate, endDate });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return { booking, member, assignment: res.data.assignCrew, code: res.data.assignCrew.accessPass!.code as string };
  };
  return { studio, manager, contract, token, desks, book, addCrew, assign, staffed };
}

export const count = async (t: TestApp, table: string): Promise<number> => (await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n;
