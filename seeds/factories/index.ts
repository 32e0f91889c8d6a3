import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { BookingDeskEntity, BookingEntity, BookingStatus } from '../../backend/src/modules/booking/booking.entity.js';
import { hasLiveRows } from '../../backend/src/modules/booking/desk-holds.js';
import { dateRangeLiteral } from '../../backend/src/common/time/dates.js';
import { StudioEntity } from '../../backend/src/modules/studios/studio.entity.js';
import { ContractEntity, ContractStatus } from '../../backend/src/modules/studios/contract.entity.js';
import { Role, UserEntity } from '../../backend/src/modules/users/user.entity.js';
import { hashPassword } from '../../backend/src/modules/users/password.js';

/**
 * Factories shared by the tests and the demo data: each makes a valid row with
 * unique names, and takes overrides for what a test cares about.
 */
type Db = DataSource | EntityManager;
const manager = (db: Db) => (db instanceof DataSource ? db.manager : db);
const uniq = () => randomBytes(4).toString('hex');

export async function makeStudio(db: Db, overrides: Partial<StudioEntity> = {}): Promise<StudioEntity> {
  const tag = uniq();
  const repo = manager(db).getRepository(StudioEntity);
  return repo.save(
    repo.create({
      name: `Studio ${tag}`,
      legalName: `Studio ${tag} SAS`,
      siret: '85212345600018',
      vatNumber: 'FR32852123456',
      billingAddress: '12 rue de Genève, 16000 Angoulême',
      contactEmail: `prod-${tag}@example.fr`,
      isNew: false,
      ...overrides,
    }),
  );
}

export const TEST_PASSWORD = 'correct-horse-42';

export async function makeManager(db: Db, studioId: string, overrides: Partial<UserEntity> = {}): Promise<UserEntity> {
  const repo = manager(db).getRepository(UserEntity);
  return repo.save(
    repo.create({
      email: `manager-${uniq()}@example.fr`,
      fullName: 'Camille Martin',
      role: Role.STUDIO_MANAGER,
      studioId,
      passwordHash: await hashPassword(TEST_PASSWORD),
      ...overrides,
    }),
  );
}

/** An ACTIVE contract covering the first site (add sites to contract_site for more). */
export async function makeContract(db: Db, studioId: string, overrides: Partial<ContractEntity> = {}): Promise<ContractEntity> {
  const repo = manager(db).getRepository(ContractEntity);
  const contract = await repo.save(
    repo.create({
      number: `CT-TEST-${uniq()}`,
      studioId,
      status: ContractStatus.ACTIVE,
      startDate: '2026-01-01',
      endDate: '2027-12-31',
      dailyRateCents: 4500,
      volumeTiers: [],
      maxDesks: 40,
      insurancePolicyRef: `AXA-${uniq()}`,
      insuranceExpiresOn: '2027-12-31',
      cancellationNoticeDays: 14,
      lateCancellationFeePct: 50,
      activatedAt: new Date(),
      terminatedAt: null,
      ...overrides,
    }),
  );
  await manager(db).query(`INSERT INTO contract_site (contract_id, site_id) SELECT $1, id FROM site ORDER BY created_at, name LIMIT 1`, [contract.id]);
  return contract;
}

/**
 * A booking written straight to the tables (no rule checked): for tests of other domains
 * that need bookings as a given. Desks by code ('A01'…); dates inclusive.
 */
export async function makeBooking(
  db: Db,
  args: {
    studioId: string;
    contractId: string;
    deskCodes: string[];
    startDate: string;
    endDate: string;
    status?: BookingStatus;
    productionName?: string;
    optionExpiresAt?: Date | null;
    cancelledAt?: Date | null;
    /** The site whose desks the codes name (default: the first site having each code). */
    siteId?: string;
  },
): Promise<BookingEntity> {
  const em = manager(db);
  const status = args.status ?? BookingStatus.CONFIRMED;
  const booking = await em.getRepository(BookingEntity).save(
    em.getRepository(BookingEntity).create({
      reference: `BK-TEST-${uniq()}`,
      studioId: args.studioId,
      contractId: args.contractId,
      productionName: args.productionName ?? 'Les Contes du Marais — saison 2',
      startDate: args.startDate,
      endDate: args.endDate,
      status,
      optionExpiresAt: status === BookingStatus.OPTION ? (args.optionExpiresAt ?? new Date(Date.now() + 72 * 3600_000)) : (args.optionExpiresAt ?? null),
      confirmedAt: status === BookingStatus.CONFIRMED ? new Date() : null,
      cancelledAt: args.cancelledAt ?? (status === BookingStatus.CANCELLED ? new Date() : null),
      lateFeeFrom: null,
      lateFeeTo: null,
      lateFeePct: null,
      billedThrough: null,
      createdById: null,
    }),
  );
  // A code several sites share names the desk of the first site (first created) unless a site is given.
  const desks: Array<{ id: string; code: string }> = await em.query(
    `SELECT d.id, d.code FROM desk d JOIN site s ON s.id = d.site_id WHERE d.code = ANY($1::text[]) AND ($2::uuid IS NULL OR d.site_id = $2::uuid) ORDER BY s.created_at, s.name`,
    [args.deskCodes, args.siteId ?? null],
  );
  const byCode = new Map<string, { id: string; code: string }>();
  for (const d of desks) if (!byCode.has(d.code)) byCode.set(d.code, d);
  // Rows as the booking left them when made: an option already past its expiry keeps them until the sweep.
  const live = hasLiveRows(status);
  await em.getRepository(BookingDeskEntity).insert(
    args.deskCodes.map((code, position) => {
      const desk = byCode.get(code);
      if (!desk) throw new Error(`No desk ${code}`);
      return { bookingId: booking.id, deskId: desk.id, days: dateRangeLiteral(args.startDate, args.endDate), live, position };
    }),
  );
  return booking;
}
