import { INestApplication, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../../backend/src/common/auth/actor.js';
import { DomainError } from '../../backend/src/common/errors/domain-error.js';
import { ErrorCode } from '../../backend/src/common/errors/error-code.js';
import { Clock } from '../../backend/src/common/time/clock.js';
import { addDays, isoWeekday } from '../../backend/src/common/time/dates.js';
import { BookingService } from '../../backend/src/modules/booking/booking.service.js';
import { SiteAdminService } from '../../backend/src/modules/site/site-admin.service.js';
import { ContractsService } from '../../backend/src/modules/studios/contracts.service.js';
import { Role } from '../../backend/src/modules/users/user.entity.js';
import { UsersService } from '../../backend/src/modules/users/users.service.js';
import { DEMO_MANAGER_PASSWORD } from './studios-bookings.js';

export const VALENCE_SITE = 'Studio FLEX Valence';
export const VALENCE_OPERATOR_EMAIL = 'valence@studioflex.fr';
/** The demo studio whose contract covers both sites. */
const STUDIO = 'Les Lucioles Animation';

/** Blocks at Valence, in weeks from this week's Monday: after the Angoulême quarter, so its contract limit leaves room. */
const BLOCKS = [
  { fromWeek: 10, toWeek: 12, desks: 6, production: 'Les Contes du Rhône — saison 1' },
  { fromWeek: 11, toWeek: 11, desks: 3, production: 'Les Contes du Rhône — animatique', option: true },
  { fromWeek: 13, toWeek: 15, desks: 8, production: 'Mistral — pilote' },
];

/**
 * The second site, through the services as an operator would: Studio FLEX Valence (Pôle Image
 * Animée, La Cartoucherie, Bourg-lès-Valence), 24 desks in three zones with their kits, its
 * site operator, one demo studio's contract covering both sites and a few bookings there.
 */
export async function demoValence(app: INestApplication, dataSource: DataSource): Promise<void> {
  const [operatorRow] = await dataSource.query(`SELECT id, email FROM app_user WHERE role = 'OPERATOR' ORDER BY created_at LIMIT 1`);
  if (!operatorRow) return;
  const operator: Actor = { userId: operatorRow.id, email: operatorRow.email, role: Role.OPERATOR, studioId: null };
  const site = await app.get(SiteAdminService).create(operator, {
    name: VALENCE_SITE,
    address: 'Pôle Image Animée, La Cartoucherie, 26500 Bourg-lès-Valence, France',
    timezone: 'Europe/Paris',
    areaSqm: 180,
    openWeekdays: [1, 2, 3, 4, 5],
    zones: ['A', 'B', 'C'].map((name) => ({ name, desks: 8 })),
    withKits: true,
  });
  await app.get(UsersService).create(
    operator,
    { email: VALENCE_OPERATOR_EMAIL, fullName: 'Valérie Chabert', password: DEMO_MANAGER_PASSWORD, role: Role.SITE_OPERATOR, siteIds: [site.id] },
    { checkPolicy: false },
  );
  const [studio] = await dataSource.query(
    `SELECT s.id AS "studioId", c.id AS "contractId", u.id AS "userId", u.email FROM studio s JOIN contract c ON c.studio_id = s.id AND c.status = 'ACTIVE'
       JOIN app_user u ON u.studio_id = s.id WHERE s.name = $1 LIMIT 1`,
    [STUDIO],
  );
  if (!studio) return;
  const covered: Array<{ site_id: string }> = await dataSource.query(`SELECT site_id FROM contract_site WHERE contract_id = $1`, [studio.contractId]);
  await app.get(ContractsService).setSites(operator, studio.contractId, [...covered.map((c) => c.site_id), site.id]);
  const manager: Actor = { userId: studio.userId, email: studio.email, role: Role.STUDIO_MANAGER, studioId: studio.studioId };
  const today = app.get(Clock).today();
  const monday = addDays(today, 1 - isoWeekday(today));
  const week = (w: number) => addDays(monday, 7 * w);
  let count = 0;
  for (const b of BLOCKS) {
    // Run on any day, the demo may find the studio at its contract limit those weeks: that block is left out.
    const made = await app.get(BookingService).book(manager, {
      studioId: studio.studioId,
      siteId: site.id,
      productionName: b.production,
      startDate: week(b.fromWeek),
      endDate: addDays(week(b.toWeek), 4),
      deskCount: b.desks,
      asOption: !!b.option,
    }).catch((e: unknown) => {
      if (e instanceof DomainError && e.code !== ErrorCode.INTERNAL_SERVER_ERROR) return null;
      throw e;
    });
    if (made) count++;
  }
  new Logger('Demo').log(`Demo site ${VALENCE_SITE}: 24 desks, site operator ${VALENCE_OPERATOR_EMAIL}, ${count} bookings of ${STUDIO}`);
}
