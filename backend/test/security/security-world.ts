import { randomBytes } from 'node:crypto';
import { BookingStatus } from '../../src/modules/booking/booking.entity.js';
import { ContractStatus } from '../../src/modules/studios/contract.entity.js';
import { addDays } from '../../src/common/time/dates.js';
import { makeBooking, makeContract, makeManager, makeStudio, TEST_PASSWORD } from '../../../seeds/factories/index.js';
import { OPS as CREW_OPS, parisTime } from '../crew/crew-world.js';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { GqlResult, TestApp } from '../harness.js';
import { linkTokenFor } from '../sessions/sessions-world.js';
import { AddKitInput, AddKitSecurityWorldDocument, CreateCalendarFeedSecurityWorldDocument, CreateCreditNoteSecurityWorldDocument, CreateUserDocument, CreateUserInput, GenerateInvoicesSecurityWorldDocument, InviteUserInput, InviteUserSecurityWorldDocument, IssueInvoiceSecurityWorldDocument, OpenMaintenanceTicketInput, OpenMaintenanceTicketSecurityWorldDocument, OutboxSecurityWorldDocument, SendPasswordResetSecurityWorldDocument } from '../documents.js';

/** "Today" in the security world: Monday 1 March 2027, 09:00 in Angoulême. */
export const WORLD_TODAY = '2027-03-01';
export const worldNow = () => parisTime(WORLD_TODAY, '09:00:00');
/** The factories' SIRET and the VAT number that matches it. */
export const VALID_SIRET = '85212345600018';
export const VALID_VAT = 'FR79852123456';
/** A strong password, for accounts the tests create. */
export const STRONG_PASSWORD = 'Lanterne-Verte-Marais-2027!';

export type Caller = 'anonymous' | 'managerA' | 'managerB' | 'operator';
export const CALLERS: readonly Caller[] = ['anonymous', 'managerB', 'managerA', 'operator'];

export interface StudioSide {
  studioId: string;
  name: string;
  contractId: string;
  managerEmail: string;
  token: string;
  /** In every name this studio's rows carry: B's answers must never contain A's. */
  mark: string;
}

const ok = <T>(res: GqlResult<T>, what: string): T => {
  if (res.errors) throw new Error(`${what}: ${JSON.stringify(res.errors)}`);
  return res.data;
};

async function makeSide(t: TestApp, letter: string): Promise<StudioSide> {
  const mark = `mk${letter}${randomBytes(3).toString('hex')}`;
  const studio = await makeStudio(t.dataSource, { name: `Studio ${mark}`, legalName: `Studio ${mark} SAS`, vatNumber: VALID_VAT, contactEmail: `prod-${mark}@example.fr` });
  const manager = await makeManager(t.dataSource, studio.id, { email: `manager-${mark}@example.fr`, fullName: `Manon ${mark}` });
  const contract = await makeContract(t.dataSource, studio.id, { number: `CT-${mark}` });
  return { studioId: studio.id, name: studio.name, contractId: contract.id, managerEmail: manager.email, token: await t.login(manager.email, TEST_PASSWORD), mark };
}

/**
 * Two studios with everything the API knows about (bookings, crew, passes, check-ins,
 * invoices, credit notes, contracts) and the site's kits and tickets; `fresh` makes a new
 * row of A's for a call that consumes one (cancelling, issuing, checking in…).
 */
export async function makeSecurityWorld(t: TestApp) {
  t.clock.travelTo(worldNow());
  const a = await makeSide(t, 'a');
  const b = await makeSide(t, 'b');
  const allDesks: Array<{ id: string; code: string }> = await t.dataSource.query(`SELECT id, code FROM desk ORDER BY code`);
  const deskId = Object.fromEntries(allDesks.map((d) => [d.code, d.id])) as Record<string, string>;
  // Zone D is the fixed data's (B's booking, the kit swapped, moves, past invoices); fresh rows take zones A–C.
  const desks = allDesks.filter((d) => !d.code.startsWith('D'));
  const op = <R, V>(query: TypedDocumentNode<R, V>, variables?: NoInfer<V>, what = 'operator call') =>
    t.gql(query, variables ?? ({} as V), t.operatorToken).then((r) => ok(r, what));

  // Desk × week slots, each used once: fresh bookings never collide.
  let slot = 0;
  const nextSlot = (week0: string, weeks: number) => {
    const n = slot++;
    const start = addDays(week0, 7 * (Math.floor(n / desks.length) % weeks));
    return { deskCode: desks[n % desks.length].code, startDate: start, endDate: addDays(start, 4) };
  };
  let pastMonth = 0;
  let contractYear = 2030;

  const booking = async (status = BookingStatus.CONFIRMED, when?: { deskCode: string; startDate: string; endDate: string }) => {
    const s = when ?? nextSlot('2027-04-05', 30);
    const optionExpiresAt = status === BookingStatus.OPTION ? new Date(worldNow().getTime() + 72 * 3600_000) : null;
    const row = await makeBooking(t.dataSource, { studioId: a.studioId, contractId: a.contractId, deskCodes: [s.deskCode], startDate: s.startDate, endDate: s.endDate, status, optionExpiresAt, productionName: `Production ${a.mark}` });
    return { id: row.id, deskId: deskId[s.deskCode], ...s };
  };
  const crew = async () => {
    const tag = randomBytes(3).toString('hex');
    const res = await t.gql(CREW_OPS.addCrewMember, { input: { studioId: a.studioId, fullName: `Aurore ${a.mark}${tag}`, email: `aurore-${a.mark}${tag}@example.fr`, jobTitle: `Layout ${a.mark}` } }, a.token);
    return ok(res, 'addCrewMember').addCrewMember.id as string;
  };
  /** A booking with a person on it and their pass; `today`: the pass opens the door now. */
  const assignment = async (today = false) => {
    const b0 = await booking(BookingStatus.CONFIRMED, today ? nextSlot(WORLD_TODAY, 1) : undefined);
    const crewMemberId = await crew();
    const res = await t.gql(CREW_OPS.assignCrew, { input: { bookingId: b0.id, crewMemberId, deskId: b0.deskId, startDate: b0.startDate, endDate: b0.endDate } }, a.token);
    const made = ok(res, 'assignCrew').assignCrew;
    return { id: made.id, code: made.accessPass!.code!, bookingId: b0.id, crewMemberId, deskId: b0.deskId };
  };
  /** The token of the pass link e-mailed with a new pass (read from the operator's outbox). */
  const passLink = async () => {
    await assignment();
    const res = await t.gql(OutboxSecurityWorldDocument, {}, t.operatorToken);
    const mail = res.data.outbox.find((m) => m.kind === 'ACCESS_PASS');
    const token = /\/pass\/([A-Za-z0-9_-]{32})/.exec(mail?.text ?? '')?.[1];
    if (!token) throw new Error('no pass link in the outbox');
    return token;
  };
  const checkIn = async () => {
    const pass = await assignment(true);
    const res = await op(CREW_OPS.checkIn, { code: pass.code }, 'checkIn');
    return { ...pass, checkInId: res.checkIn.id as string };
  };
  /** A's draft invoice of a past month of its own. */
  const draftInvoice = async () => {
    const month = `2026-${String(3 + pastMonth++).padStart(2, '0')}`;
    await booking(BookingStatus.CONFIRMED, { deskCode: 'D10', startDate: `${month}-02`, endDate: `${month}-06` });
    const drafts = (await op(GenerateInvoicesSecurityWorldDocument, { m: month }, 'generateInvoices')).generateInvoices;
    return drafts.find((d) => d.studio.id === a.studioId)!.id;
  };
  const issuedInvoice = async () => {
    const id = await draftInvoice();
    await op(IssueInvoiceSecurityWorldDocument, { id }, 'issueInvoice');
    return id;
  };
  const contract = async (status: ContractStatus) => {
    const year = contractYear++;
    return (await makeContract(t.dataSource, a.studioId, { number: `CT-${a.mark}-${year}`, status, startDate: `${year}-01-01`, endDate: `${year}-12-31`, insuranceExpiresOn: `${year}-12-31`, activatedAt: status === ContractStatus.DRAFT ? null : new Date() })).id;
  };
  const spareKit = async () => {
    const input: AddKitInput = { purchasedOn: '2026-06-01', components: [{ type: 'MONITOR', model: 'Dell P2425', serialNumber: `MN-${randomBytes(4).toString('hex')}`, embodiedKgCo2e: 66, refurbished: false }] };
    const kit = (await op(AddKitSecurityWorldDocument, { input }, 'addKit')).addKit;
    return { kitId: kit.id as string, componentId: kit.components[0].id as string };
  };
  const ticket = async () => {
    const { kitId } = await spareKit();
    const input: OpenMaintenanceTicketInput = { kitId, title: 'Écran qui clignote', severity: 'LOW' };
    return (await op(OpenMaintenanceTicketSecurityWorldDocument, { input }, 'openMaintenanceTicket')).openMaintenanceTicket.id as string;
  };

  const user = async () => {
    const input: CreateUserInput = { email: `compte-${randomBytes(3).toString('hex')}@example.fr`, fullName: 'Jeanne Compte', password: STRONG_PASSWORD, role: 'STUDIO_MANAGER', studioId: a.studioId };
    const created = (await op(CreateUserDocument, { input }, 'createUser')).createUser;
    return { id: created.id as string, email: created.email as string };
  };
  const invitationToken = async () => {
    const input: InviteUserInput = { email: `invite-${randomBytes(3).toString('hex')}@example.fr`, fullName: 'Inès Invitée', role: 'STUDIO_MANAGER', studioId: a.studioId };
    await op(InviteUserSecurityWorldDocument, { input }, 'inviteUser');
    return linkTokenFor(t, input.email);
  };
  const resetToken = async () => {
    const { id, email } = await user();
    await op(SendPasswordResetSecurityWorldDocument, { id }, 'sendPasswordReset');
    return linkTokenFor(t, email);
  };
  /** A new calendar feed of A's (creating one revokes the one before). */
  const calendarFeed = async () =>
    (await op(CreateCalendarFeedSecurityWorldDocument, { s: a.studioId }, 'createCalendarFeed')).createCalendarFeed.id as string;
  const callerEmails = () => ['operator@studioflex.fr', a.managerEmail, b.managerEmail];
  /** The three callers' password hashes, to put back after a row that changes passwords. */
  const passwordHashes = async () => (await t.dataSource.query(`SELECT id, password_hash FROM app_user WHERE email = ANY($1)`, [callerEmails()])) as Array<{ id: string; password_hash: string }>;
  const restorePasswords = async (hashes: Array<{ id: string; password_hash: string }>) => {
    for (const h of hashes) await t.dataSource.query(`UPDATE app_user SET password_hash = $2 WHERE id = $1`, [h.id, h.password_hash]);
  };
  /** New sessions for the three callers, after a row that ended theirs (logout). */
  const relogin = async () => {
    (t as { operatorToken: string }).operatorToken = await t.login('operator@studioflex.fr', 'studioflex');
    a.token = await t.login(a.managerEmail, TEST_PASSWORD);
    b.token = await t.login(b.managerEmail, TEST_PASSWORD);
  };

  // A's standing data, read by the queries.
  const staffed = await assignment(true);
  const checkedIn = await checkIn();
  const invoiceId = await issuedInvoice();
  await op(CreateCreditNoteSecurityWorldDocument, { input: { invoiceId, amountExclTaxCents: 100, reason: `Geste commercial ${a.mark}` } }, 'createCreditNote');
  const kit = await spareKit();
  const kitOnDesk: string = (await t.dataSource.query(`SELECT id FROM kit WHERE desk_id = $1`, [deskId.D09]))[0].id;
  // The site every row of the world is at (the first site).
  const siteId: string = (await t.dataSource.query(`SELECT id FROM site ORDER BY created_at, name LIMIT 1`))[0].id;
  // B has a booking and crew of its own too, so its answers are never empty by accident.
  await makeBooking(t.dataSource, { studioId: b.studioId, contractId: b.contractId, deskCodes: ['D01'], startDate: '2027-03-01', endDate: '2027-03-05', productionName: `Production ${b.mark}` });

  return {
    a,
    b,
    deskId,
    kitId: kit.kitId,
    kitOnDesk,
    siteId,
    componentId: kit.componentId,
    staffed,
    checkedIn,
    invoiceId,
    fresh: { booking, crew, assignment, passLink, checkIn, draftInvoice, issuedInvoice, contract, spareKit, ticket, user, invitationToken, resetToken, calendarFeed, mark: () => randomBytes(3).toString('hex') },
    passwordHashes,
    restorePasswords,
    relogin,
    tokenOf: (caller: Caller) => (caller === 'anonymous' ? undefined : caller === 'operator' ? t.operatorToken : caller === 'managerA' ? a.token : b.token),
    /** Every id and name of A's, to look for in B's answers. */
    async secretsOfA(): Promise<string[]> {
      const rows: Array<{ v: string }> = await t.dataSource.query(
        `SELECT id::text AS v FROM booking WHERE studio_id = $1 UNION SELECT reference FROM booking WHERE studio_id = $1
         UNION SELECT id::text FROM crew_member WHERE studio_id = $1 UNION SELECT id::text FROM crew_assignment WHERE studio_id = $1
         UNION SELECT id::text FROM invoice WHERE studio_id = $1 UNION SELECT number FROM invoice WHERE studio_id = $1 AND number IS NOT NULL
         UNION SELECT id::text FROM contract WHERE studio_id = $1 UNION SELECT id::text FROM app_user WHERE studio_id = $1
         UNION SELECT id::text FROM crew_check_in WHERE studio_id = $1 UNION SELECT $1::text
         UNION SELECT n.id::text FROM credit_note n JOIN invoice i ON i.id = n.invoice_id WHERE i.studio_id = $1`,
        [a.studioId],
      );
      return [a.mark, ...rows.map((r) => r.v)];
    },
  };
}

export type SecurityWorld = Awaited<ReturnType<typeof makeSecurityWorld>>;

/** What a call of the matrix answers: whatever fields it asked, or nothing. */
export type Answer = Record<string, unknown> | null | undefined;

let address = 0;
/**
 * POST /graphql as one of the callers, each request from an address of its own (the app
 * trusts X-Forwarded-For from loopback): the door's and sign-in's limits per address never
 * hide what an operation answers.
 */
export async function callAs(t: TestApp, w: SecurityWorld, caller: Caller, query: string, variables: Record<string, unknown>): Promise<GqlResult<Answer>> {
  const n = ++address;
  const req = t.http().post('/graphql').set('Content-Type', 'application/json').set('X-Forwarded-For', `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`);
  const token = w.tokenOf(caller);
  if (token) req.set('Authorization', `Bearer ${token}`);
  const res = await req.send({ query, variables });
  return { status: res.status, data: res.body?.data, errors: res.body?.errors };
}

/** What a call came to: allowed (no error at all), or the refusal; anything else spelled out so the test says what broke. */
export function outcomeOf(res: GqlResult<Answer>, field: string): string {
  if (res.status >= 500) return `HTTP ${res.status}`;
  const error = res.errors?.[0];
  if (!error) return res.data?.[field] == null ? 'NO DATA' : 'ALLOWED';
  if (res.data?.[field] != null) return `PARTIAL DATA with ${error.extensions.code}`;
  if (error.extensions.code === 'UNAUTHENTICATED') return 'UNAUTHENTICATED';
  if (error.extensions.code === 'FORBIDDEN' || error.extensions.code === 'NOT_FOUND') return 'REFUSED';
  return `${error.extensions.code}: ${error.message}`;
}
