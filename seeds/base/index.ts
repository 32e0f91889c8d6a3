import { DataSource, EntityManager } from 'typeorm';
import { frenchPublicHolidays } from '../../backend/src/modules/site/french-holidays.js';
import { ClosureDateEntity, SiteEntity } from '../../backend/src/modules/site/site.entity.js';
import { DeskEntity } from '../../backend/src/modules/site/desk.entity.js';
import { KitComponentEntity, KitEntity, KitStatus } from '../../backend/src/modules/kits/kit.entity.js';
import { KitDeskChange, KitDeskHistoryEntity } from '../../backend/src/modules/kits/kit-desk-history.entity.js';
import { Role, UserEntity } from '../../backend/src/modules/users/user.entity.js';
import { hashPassword } from '../../backend/src/modules/users/password.js';
import { deskLayout, ROOM } from './site-layout.js';
import { DESK_KIT_COUNT, DESK_KITS_PURCHASED_ON, KIT_COMPONENTS, SPARE_KIT_COUNT, SPARE_KITS_PURCHASED_ON } from './kit-catalog.js';

export const SITE_NAME = 'Studio FLEX Angoulême';
export const OPERATOR_EMAIL = 'operator@studioflex.fr';
export const CLOSURE_YEARS = [2025, 2026, 2027, 2028];

export interface BaseDataOptions {
  operatorPassword: string;
}

/**
 * The site, its closures, 40 desks with their kits, 4 spares and the operator account.
 * Idempotent: run at every start, it adds only what is missing and never overwrites
 * what the operator changed.
 */
export async function ensureBaseData(dataSource: DataSource, options: BaseDataOptions): Promise<void> {
  await dataSource.transaction(async (em) => {
    // One starting instance at a time seeds (several app instances may start together).
    await em.query(`SELECT pg_advisory_xact_lock(hashtext('flex.seed.base'))`);
    const site = await ensureSite(em);
    await ensureClosures(em, site.id);
    const desks = await ensureDesks(em, site.id);
    await ensureKits(em, desks);
    await ensureOperator(em, options.operatorPassword);
  });
}

async function ensureSite(em: EntityManager): Promise<SiteEntity> {
  const repo = em.getRepository(SiteEntity);
  const existing = await repo.findOneBy({ name: SITE_NAME });
  if (existing) return existing;
  return repo.save(
    repo.create({
      name: SITE_NAME,
      timezone: 'Europe/Paris',
      areaSqm: ROOM.widthM * ROOM.depthM,
      openWeekdays: [1, 2, 3, 4, 5],
      address: 'Pôle Image Magelis, 16000 Angoulême, France',
    }),
  );
}

async function ensureClosures(em: EntityManager, siteId: string): Promise<void> {
  const rows = CLOSURE_YEARS.flatMap((y) => frenchPublicHolidays(y)).map((h) => ({ siteId, date: h.date, label: h.label }));
  // Only years never seeded: a holiday the operator removed stays removed.
  const seededYears = new Set(
    (await em.query(`SELECT DISTINCT extract(year FROM date)::int AS y FROM closure_date WHERE site_id = $1`, [siteId])).map((r: { y: number }) => r.y),
  );
  const missing = rows.filter((r) => !seededYears.has(Number(r.date.slice(0, 4))));
  if (missing.length) await em.getRepository(ClosureDateEntity).insert(missing);
}

async function ensureDesks(em: EntityManager, siteId: string): Promise<DeskEntity[]> {
  const repo = em.getRepository(DeskEntity);
  const existing = new Map((await repo.findBy({ siteId })).map((d) => [d.code, d]));
  const missing = deskLayout().filter((d) => !existing.has(d.code));
  if (missing.length) await repo.insert(missing.map((d) => ({ ...d, siteId })));
  return repo.find({ where: { siteId }, order: { code: 'ASC' } });
}

async function ensureKits(em: EntityManager, desks: DeskEntity[]): Promise<void> {
  const kits = em.getRepository(KitEntity);
  if ((await kits.count()) > 0) return; // the inventory is the operator's from then on
  for (let n = 1; n <= DESK_KIT_COUNT + SPARE_KIT_COUNT; n++) {
    const spare = n > DESK_KIT_COUNT;
    const kit = await kits.save(
      kits.create({
        assetTag: `KIT-${String(n).padStart(3, '0')}`,
        status: KitStatus.OPERATIONAL,
        deskId: spare ? null : desks[n - 1].id,
        purchasedOn: spare ? SPARE_KITS_PURCHASED_ON : DESK_KITS_PURCHASED_ON,
        retiredOn: null,
      }),
    );
    if (kit.deskId) {
      await em.getRepository(KitDeskHistoryEntity).insert({ kitId: kit.id, deskId: kit.deskId, fromDate: kit.purchasedOn, toDate: null, arrivedBy: KitDeskChange.INSTALLED, leftBy: null, createdById: null });
    }
    await em.getRepository(KitComponentEntity).insert(
      KIT_COMPONENTS.map((c) => ({
        kitId: kit.id,
        type: c.type,
        model: c.model,
        serialNumber: `${c.serialPrefix}${String(240000 + n * 7).padStart(7, '0')}`,
        embodiedKgCo2e: c.embodiedKgCo2e,
        // The spares are refurbished workstations (bought second-hand, reconditioned).
        refurbished: spare && c.type === 'WORKSTATION',
        footprintSource: c.footprintSource,
      })),
    );
  }
}

async function ensureOperator(em: EntityManager, password: string): Promise<void> {
  const repo = em.getRepository(UserEntity);
  if (await repo.existsBy({ email: OPERATOR_EMAIL })) return;
  await repo.insert({
    email: OPERATOR_EMAIL,
    fullName: 'Opérateur Studio FLEX',
    role: Role.OPERATOR,
    studioId: null,
    passwordHash: await hashPassword(password),
  });
}
