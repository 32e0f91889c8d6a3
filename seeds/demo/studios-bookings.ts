import { INestApplication, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../../backend/src/common/auth/actor.js';
import { Clock } from '../../backend/src/common/time/clock.js';
import { addDays, isoWeekday, LocalDate, monthBounds, SITE_TIMEZONE, startOfDateInZone } from '../../backend/src/common/time/dates.js';
import { BookingService } from '../../backend/src/modules/booking/booking.service.js';
import { CancellationService } from '../../backend/src/modules/booking/cancellation.service.js';
import { ContractsService } from '../../backend/src/modules/studios/contracts.service.js';
import { frenchVatKey, luhnValid } from '../../backend/src/modules/studios/siret.js';
import { StudiosService } from '../../backend/src/modules/studios/studios.service.js';
import { Role } from '../../backend/src/modules/users/user.entity.js';
import { UsersService } from '../../backend/src/modules/users/users.service.js';

/** Every demo manager signs in with this password (local demo only). */
export const DEMO_MANAGER_PASSWORD = 'studioflex';

interface DemoStudio {
  key: string;
  name: string;
  legalName: string;
  /** A fictional SIREN; the SIRET and VAT number are derived from it. */
  siren: string;
  address: string;
  slug: string;
  manager: string;
  isNew?: boolean;
  contract: { dailyRateCents: number; maxDesks: number; volumeTiers?: Array<{ fromDeskDays: number; dailyRateCents: number }>; noticeDays?: number; feePct?: number; insurer: string };
}

/** Fictional animation and game studios of the Angoulême image pole. */
const STUDIOS: DemoStudio[] = [
  {
    key: 'lucioles', name: 'Les Lucioles Animation', legalName: 'Les Lucioles Animation SAS', siren: '881204573', slug: 'lucioles-animation',
    address: '7 quai de l\'Houmeau, 16000 Angoulême', manager: 'Claire Dubreuil',
    contract: { dailyRateCents: 4500, maxDesks: 16, volumeTiers: [{ fromDeskDays: 100, dailyRateCents: 4200 }, { fromDeskDays: 200, dailyRateCents: 3900 }], insurer: 'MAAF PRO' },
  },
  {
    key: 'luneRousse', name: 'Atelier Lune Rousse', legalName: 'Lune Rousse Films SARL', siren: '904318226', slug: 'lune-rousse',
    address: '14 rue Saint-Ausone, 16000 Angoulême', manager: 'Julien Marchetti', contract: { dailyRateCents: 4800, maxDesks: 12, insurer: 'AXA Entreprises' },
  },
  {
    key: 'pixel', name: 'Pixel Charente', legalName: 'Pixel Charente Interactive SAS', siren: '837562190', slug: 'pixel-charente',
    address: '31 route de Bordeaux, 16400 La Couronne', manager: 'Sophie Nguyen', contract: { dailyRateCents: 5000, maxDesks: 10, noticeDays: 7, feePct: 30, insurer: 'Hiscox' },
  },
  {
    key: 'brume', name: 'Brume Games', legalName: 'Brume Interactive SAS', siren: '912045678', slug: 'brume-games',
    address: '5 rue des Chais, 16000 Angoulême', manager: 'Thomas Lefranc', contract: { dailyRateCents: 4700, maxDesks: 10, insurer: 'Allianz Pro' },
  },
  {
    key: 'cielDePapier', name: 'Ciel de Papier', legalName: 'Ciel de Papier SAS', siren: '950112334', slug: 'ciel-de-papier', isNew: true,
    address: '18 rue de Paris, 16710 Saint-Yrieix-sur-Charente', manager: 'Amandine Roy', contract: { dailyRateCents: 4900, maxDesks: 6, insurer: 'MMA Pro' },
  },
];

/**
 * The quarter, in weeks from this week's Monday (whole weeks, Monday to Friday). `follows`
 * keeps a production on the desks of its previous block when they are free.
 */
interface Block {
  studio: string;
  production: string;
  desks: number;
  fromWeek: number;
  toWeek: number;
  option?: { hours: number };
  follows?: number;
}
const BLOCKS: Block[] = [
  { studio: 'lucioles', production: 'Les Contes du Marais — saison 2', desks: 12, fromWeek: -17, toWeek: -8 },
  { studio: 'luneRousse', production: 'Mila et le Vent du Nord', desks: 8, fromWeek: -16, toWeek: -6 },
  { studio: 'pixel', production: 'Brisants — prototype', desks: 5, fromWeek: -15, toWeek: -10 },
  { studio: 'brume', production: 'Nocturne — préproduction', desks: 4, fromWeek: -14, toWeek: -9 },
  { studio: 'pixel', production: 'Brisants — vertical slice', desks: 8, fromWeek: -9, toWeek: -2 },
  { studio: 'brume', production: 'Nocturne — production', desks: 7, fromWeek: -8, toWeek: 3, follows: 3 },
  { studio: 'lucioles', production: 'Les Contes du Marais — saison 2 (compositing)', desks: 8, fromWeek: -7, toWeek: 2, follows: 0 },
  { studio: 'luneRousse', production: 'Mila et le Vent du Nord — animation finale', desks: 10, fromWeek: -5, toWeek: 4, follows: 1 },
  { studio: 'lucioles', production: 'Le Royaume des Ronces — pilote', desks: 4, fromWeek: -3, toWeek: 1 },
  { studio: 'pixel', production: 'Brisants — production', desks: 6, fromWeek: -1, toWeek: 7, follows: 4 },
  { studio: 'lucioles', production: 'Le Royaume des Ronces — pilote (animatique)', desks: 6, fromWeek: 3, toWeek: 8, option: { hours: 7 * 24 } },
  { studio: 'brume', production: 'Nocturne — DLC « Les Marées »', desks: 5, fromWeek: 4, toWeek: 8, follows: 5 },
  { studio: 'luneRousse', production: 'Clip — Festival de la BD', desks: 3, fromWeek: 5, toWeek: 6, option: { hours: 72 } },
  // The next peaks already signed, so that the quarter ahead reads like a real one.
  { studio: 'pixel', production: 'Brisants — patchs post-lancement', desks: 4, fromWeek: 8, toWeek: 12, follows: 9 },
  { studio: 'lucioles', production: 'Le Royaume des Ronces — production', desks: 10, fromWeek: 9, toWeek: 13, follows: 10 },
  { studio: 'luneRousse', production: 'Mila et le Vent du Nord — épisodes bonus', desks: 6, fromWeek: 9, toWeek: 12 },
];

/** A booking made weeks ago and cancelled late (inside the notice), which invoicing bills at the late fee. */
const LATE_CANCELLATION = { studio: 'brume', production: 'Nocturne — capture de mouvement', desks: 3, fromWeek: -6, toWeek: -5, bookedWeeksBefore: 4, cancelledDaysBefore: 5 };

const parisAt = (date: LocalDate, hour: number) => new Date(startOfDateInZone(date, SITE_TIMEZONE).getTime() + hour * 3_600_000);

function siretOf(siren: string): string {
  const first13 = `${siren}0001`;
  for (let d = 0; d <= 9; d++) if (luhnValid(`${first13}${d}`)) return `${first13}${d}`;
  throw new Error(`No SIRET for ${siren}`);
}

/**
 * Studios, managers, active contracts and a believable quarter of bookings around today:
 * about four months back and two ahead, blocks of 3 to 12 desks, the site busy but never
 * full, two live options and a late cancellation. Past blocks are recorded by the operator
 * (allowed), future ones booked by each studio's manager, all through the services.
 */
export async function demoStudiosAndBookings(app: INestApplication, dataSource: DataSource): Promise<void> {
  const logger = new Logger('Demo');
  const clock = app.get(Clock);
  const [operatorRow] = await dataSource.query(`SELECT id, email FROM app_user WHERE role = 'OPERATOR' ORDER BY created_at LIMIT 1`);
  if (!operatorRow) return;
  const operator: Actor = { userId: operatorRow.id, email: operatorRow.email, role: Role.OPERATOR, studioId: null };
  const today = clock.today();
  const monday = addDays(today, 1 - isoWeekday(today));
  const week = (w: number) => addDays(monday, 7 * w);

  const managers = new Map<string, Actor>();
  const studioIds = new Map<string, string>();
  for (const s of STUDIOS) {
    const siret = siretOf(s.siren);
    const studio = await app.get(StudiosService).create(operator, {
      name: s.name, legalName: s.legalName, siret, vatNumber: `FR${frenchVatKey(s.siren)}${s.siren}`, billingAddress: s.address,
      contactEmail: `production@${s.slug}.fr`, isNew: s.isNew ?? false,
    });
    studioIds.set(s.key, studio.id);
    const email = `manager@${s.slug}.fr`;
    const user = await app.get(UsersService).create(operator, { email, fullName: s.manager, password: DEMO_MANAGER_PASSWORD, role: Role.STUDIO_MANAGER, studioId: studio.id }, { checkPolicy: false });
    managers.set(s.key, { userId: user.id, email, role: Role.STUDIO_MANAGER, studioId: studio.id });
    // Established studios signed months ago for the season; the new one this month.
    const start = s.isNew ? monthBounds(today.slice(0, 7)).first : monthBounds(addDays(today, -150).slice(0, 7)).first;
    const end = monthBounds(addDays(today, s.isNew ? 180 : 240).slice(0, 7)).last;
    const contract = await app.get(ContractsService).create(operator, {
      studioId: studio.id, startDate: start, endDate: end, dailyRateCents: s.contract.dailyRateCents, maxDesks: s.contract.maxDesks,
      volumeTiers: s.contract.volumeTiers ?? [], insurancePolicyRef: `${s.contract.insurer} RC-${s.siren.slice(0, 6)}`, insuranceExpiresOn: end,
      cancellationNoticeDays: s.contract.noticeDays, lateCancellationFeePct: s.contract.feePct,
    });
    await app.get(ContractsService).activate(operator, contract.id);
  }

  const bookings = app.get(BookingService);
  const made: Array<{ deskIds: string[] } | null> = [];
  let count = 0;
  try {
    for (const block of BLOCKS) {
      const startDate = week(block.fromWeek);
      const endDate = addDays(week(block.toWeek), 4);
      const actor = startDate < today ? operator : managers.get(block.studio)!;
      const base = { studioId: studioIds.get(block.studio)!, productionName: block.production, startDate, endDate, asOption: !!block.option, optionHours: block.option?.hours };
      const previous = block.follows !== undefined ? made[block.follows] : null;
      let booking = null;
      if (previous && previous.deskIds.length >= block.desks) {
        booking = await bookings.book(actor, { ...base, deskIds: previous.deskIds.slice(0, block.desks) }).catch(() => null);
      }
      booking ??= await bookings.book(actor, { ...base, deskCount: block.desks });
      const rows: Array<{ desk_id: string }> = await dataSource.query(`SELECT desk_id FROM booking_desk WHERE booking_id = $1 ORDER BY position`, [booking.id]);
      made.push({ deskIds: rows.map((r) => r.desk_id) });
      count++;
    }
    await lateCancellation(app, week, studioIds, managers);
    count++;
  } finally {
    clock.reset();
  }
  logger.log(`Demo studios: ${STUDIOS.length} studios with managers (manager@<studio>.fr / ${DEMO_MANAGER_PASSWORD}), ${count} bookings`);
}

/** Booked by the manager weeks before, then cancelled a few days before the start: the late fee applies. */
async function lateCancellation(app: INestApplication, week: (w: number) => LocalDate, studioIds: Map<string, string>, managers: Map<string, Actor>): Promise<void> {
  const c = LATE_CANCELLATION;
  const clock = app.get(Clock);
  const manager = managers.get(c.studio)!;
  const startDate = week(c.fromWeek);
  clock.travelTo(parisAt(addDays(startDate, -7 * c.bookedWeeksBefore), 10));
  const booking = await app.get(BookingService).book(manager, {
    studioId: studioIds.get(c.studio)!, productionName: c.production, startDate, endDate: addDays(week(c.toWeek), 4), deskCount: c.desks,
  });
  clock.travelTo(parisAt(addDays(startDate, -c.cancelledDaysBefore), 16));
  await app.get(CancellationService).cancel(manager, booking.id);
  clock.reset();
}
