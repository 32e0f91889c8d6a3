import { INestApplication, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../../backend/src/common/auth/actor.js';
import { Clock } from '../../backend/src/common/time/clock.js';
import { addDays, isoWeekday, LocalDate, SITE_TIMEZONE, startOfDateInZone } from '../../backend/src/common/time/dates.js';
import { KitService } from '../../backend/src/modules/kits/kit.service.js';
import { MaintenanceService } from '../../backend/src/modules/kits/maintenance.service.js';
import { TicketSeverity } from '../../backend/src/modules/kits/maintenance-ticket.entity.js';
import { Role } from '../../backend/src/modules/users/user.entity.js';

type Step = { start?: number; resolve?: number; resolution?: string };

interface PastTicket {
  desk: string;
  /** Days before today it was opened (moved back to a weekday). */
  daysAgo: number;
  severity: TicketSeverity;
  title: string;
  description: string;
  /** Days after opening; absent: not done yet. */
  then: Step;
}

/** A few months of tickets of every severity; the first BLOCKING one was handled by a swap. */
const HISTORY: PastTicket[] = [
  { desk: 'A07', daysAgo: 150, severity: TicketSeverity.LOW, title: 'Souris qui accroche', description: 'La molette saute un cran sur deux.', then: { start: 0, resolve: 1, resolution: 'Souris remplacée (stock de pièces).' } },
  { desk: 'C04', daysAgo: 126, severity: TicketSeverity.HIGH, title: 'Stylet Wacom sans pression', description: 'La pression du stylet ne remonte plus dans Krita ni dans Toon Boom.', then: { start: 0, resolve: 2, resolution: 'Pilote Wacom réinstallé, pointe du stylet changée.' } },
  { desk: 'D03', daysAgo: 98, severity: TicketSeverity.BLOCKING, title: 'La station ne démarre plus', description: 'Aucun signe de vie à l’allumage, ventilateurs à l’arrêt.', then: { start: 0, resolve: 3, resolution: 'Alimentation remplacée sous garantie.' } },
  { desk: 'B02', daysAgo: 77, severity: TicketSeverity.LOW, title: 'Touche « É » du clavier bloquée', description: 'La touche reste enfoncée.', then: { resolve: 0, resolution: 'Touche nettoyée.' } },
  { desk: 'A09', daysAgo: 61, severity: TicketSeverity.HIGH, title: 'Écran droit : dérive des couleurs', description: 'Dominante magenta, écart visible avec l’écran gauche.', then: { start: 1, resolve: 4, resolution: 'Écran recalibré à la sonde (ColorNavigator).' } },
  { desk: 'C09', daysAgo: 33, severity: TicketSeverity.BLOCKING, title: 'Écran gauche : dalle fissurée', description: 'Choc pendant un déménagement de bureau.', then: { start: 1, resolve: 9, resolution: 'Dalle remplacée par EIZO ; le kit reste en réserve.' } },
  { desk: 'D08', daysAgo: 20, severity: TicketSeverity.HIGH, title: 'Plantages au rendu GPU', description: 'Blender se ferme pendant les rendus Cycles longs.', then: { start: 0, resolve: 2, resolution: 'Pilote graphique mis à jour, test de charge de 4 h concluant.' } },
  { desk: 'B06', daysAgo: 8, severity: TicketSeverity.LOW, title: 'Câble HDMI à remplacer', description: 'Scintillement si on touche le câble.', then: {} },
  { desk: 'C02', daysAgo: 5, severity: TicketSeverity.HIGH, title: 'Ventilateur bruyant', description: 'Bruit de roulement au démarrage, gêne les voisins.', then: { start: 1 } },
];
/** The desk whose broken kit was swapped for a spare the day the ticket was opened. */
const SWAPPED_DESK = 'C09';
/** Preferred desk for today's breakdown when no booked desk is found. */
const FALLBACK_BLOCKED_DESK = 'B09';

const parisAt = (date: LocalDate, minutes: number) => new Date(startOfDateInZone(date, SITE_TIMEZONE).getTime() + minutes * 60_000);
const weekday = (date: LocalDate) => (isoWeekday(date) === 6 ? addDays(date, -1) : isoWeekday(date) === 7 ? addDays(date, -2) : date);

/**
 * Demo maintenance: tickets of each severity over the past months (resolved), a couple still
 * being handled, one swap in history, and one desk out of service right now (an open
 * BLOCKING ticket) — a booked one when there is, so the "needs a move" list shows something.
 * Through the services; past days are replayed by moving the app's clock.
 */
export async function demoMaintenance(app: INestApplication, dataSource: DataSource): Promise<void> {
  const logger = new Logger('Demo');
  const clock = app.get(Clock);
  const kits = app.get(KitService);
  const maintenance = app.get(MaintenanceService);
  const [operator] = await dataSource.query(`SELECT id, email FROM app_user WHERE role = 'OPERATOR' ORDER BY created_at LIMIT 1`);
  if (!operator) return;
  const actor: Actor = { userId: operator.id, email: operator.email, role: Role.OPERATOR, studioId: null };
  // Once is enough: the demo runs on every start until a studio exists.
  const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM maintenance_ticket`);
  if (n > 0) return;
  const today = clock.today();
  const kitOn = async (code: string): Promise<{ kitId: string; deskId: string } | null> =>
    (await dataSource.query(`SELECT k.id AS "kitId", d.id AS "deskId" FROM desk d JOIN kit k ON k.desk_id = d.id WHERE d.code = $1`, [code]))[0] ?? null;
  const [spare] = await dataSource.query(`SELECT id FROM kit WHERE desk_id IS NULL AND status = 'OPERATIONAL' ORDER BY asset_tag LIMIT 1`);
  let count = 0;
  try {
    for (const past of HISTORY) {
      const at = await kitOn(past.desk);
      if (!at) continue;
      const opened = weekday(addDays(today, -past.daysAgo));
      clock.travelTo(parisAt(opened, 9 * 60 + 10));
      const ticket = await maintenance.open(actor, { kitId: at.kitId, title: past.title, description: past.description, severity: past.severity });
      count++;
      if (past.desk === SWAPPED_DESK && spare) {
        clock.travelTo(parisAt(opened, 10 * 60 + 30));
        await kits.swap(actor, at.deskId, spare.id);
      }
      if (past.then.start !== undefined) {
        clock.travelTo(parisAt(addDays(opened, past.then.start), 11 * 60));
        await maintenance.start(actor, ticket.id);
      }
      if (past.then.resolve !== undefined) {
        clock.travelTo(parisAt(addDays(opened, past.then.resolve), 16 * 60 + 20));
        await maintenance.resolve(actor, ticket.id, past.then.resolution!);
      }
    }
    clock.reset();
    const blocked = await deskToBlock(dataSource, today);
    const at = blocked && (await kitOn(blocked));
    if (at) {
      // This morning at opening, or the last open weekday's when today is a weekend day.
      const reported = parisAt(weekday(today), 8 * 60 + 40);
      clock.travelTo(reported < clock.now() ? reported : clock.now());
      await maintenance.open(actor, {
        kitId: at.kitId,
        title: 'Écran noir, la station redémarre en boucle',
        description: 'Signalé à l’arrivée ; en attente de diagnostic.',
        severity: TicketSeverity.BLOCKING,
      });
      count++;
    }
    logger.log(`${count} maintenance tickets; desk ${blocked ?? '—'} out of service now`);
  } finally {
    clock.reset();
  }
}

/** A desk held by a confirmed booking today (the breakdown then needs a move), else a fixed one. */
async function deskToBlock(dataSource: DataSource, today: LocalDate): Promise<string | null> {
  const used = HISTORY.map((h) => h.desk);
  const [booked] = await dataSource.query(
    `SELECT d.code FROM booking_desk bd
       JOIN booking b ON b.id = bd.booking_id
       JOIN desk d ON d.id = bd.desk_id
       JOIN kit k ON k.desk_id = d.id AND k.status = 'OPERATIONAL'
      WHERE b.status = 'CONFIRMED' AND bd.live AND bd.days @> $1::date AND upper(bd.days) > $1::date + 2 AND NOT (d.code = ANY($2))
      ORDER BY d.code DESC LIMIT 1`,
    [today, used],
  );
  return booked?.code ?? FALLBACK_BLOCKED_DESK;
}
