import { INestApplication, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../../backend/src/common/auth/actor.js';
import { Clock } from '../../backend/src/common/time/clock.js';
import { addDays, eachDate, LocalDate, maxDate, minDate, parseDateRange, SITE_TIMEZONE, startOfDateInZone } from '../../backend/src/common/time/dates.js';
import { AccessService } from '../../backend/src/modules/access/access.service.js';
import { AssignmentService } from '../../backend/src/modules/crew/assignment.service.js';
import { CrewService } from '../../backend/src/modules/crew/crew.service.js';
import { isOpenDay } from '../../backend/src/modules/site/opening.js';
import { SiteService } from '../../backend/src/modules/site/site.service.js';
import { Role } from '../../backend/src/modules/users/user.entity.js';

/** Intermittent crew of Angoulême's animation and game studios. */
const FIRST_NAMES = [
  'Léa', 'Hugo', 'Chloé', 'Louis', 'Manon', 'Jules', 'Camille', 'Nathan', 'Inès', 'Théo', 'Sarah', 'Lucas', 'Emma', 'Maxime',
  'Zoé', 'Arthur', 'Clara', 'Paul', 'Juliette', 'Adam', 'Lina', 'Raphaël', 'Anaïs', 'Baptiste', 'Margot', 'Yanis', 'Elsa', 'Victor',
  'Noémie', 'Gabriel', 'Romane', 'Antoine', 'Maëlle', 'Simon', 'Océane', 'Bastien', 'Agathe', 'Quentin', 'Louise', 'Mathis',
];
const LAST_NAMES = [
  'Moreau', 'Lefèvre', 'Garnier', 'Rousseau', 'Faure', 'Blanc', 'Bonnet', 'Girard', 'Roux', 'Fontaine', 'Mercier', 'Lambert',
  'Chevalier', 'Dupuis', 'André', 'Simon', 'Michel', 'Laurent', 'Perrin', 'Gauthier', 'Henry', 'Robert', 'Mathieu', 'Guerin',
  'Dumont', 'Leroy', 'Morel', 'Fournier', 'Giraud', 'Boyer', 'Lemoine', 'Renaud', 'Barbier', 'Arnaud', 'Marchand', 'Colin',
];
const JOBS = [
  'Animation 2D', 'Animation 3D', 'Layout', 'Compositing', 'Rigging', 'Storyboard', 'Modélisation 3D', 'Textures et shading',
  'Éclairage / rendu', 'Décors', 'Clean-up', 'FX', 'Character design', 'Montage', 'Level design', 'Game artist',
];

/** A small deterministic generator, so the demo looks the same on every start. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let r = Math.imul(s ^ (s >>> 15), 1 | s);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const slug = (s: string) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]+/g, '.').replace(/^\.|\.$/g, '');

/** The instant of a Paris wall-clock time on a date (minutes after midnight). */
const parisAt = (date: LocalDate, minutes: number) => new Date(startOfDateInZone(date, SITE_TIMEZONE).getTime() + minutes * 60_000);

/** How far back the demo keeps attendance: enough for a month's occupancy to mean something. */
const HISTORY_DAYS = 28;
/** Share of past assigned open days nobody came. */
const NO_SHOW_RATE = 0.07;

/**
 * Demo crew: on the desks of the confirmed bookings around today (written by the bookings
 * step), French names and jobs, one person per desk (long blocks are split between two),
 * past check-ins with a few no-shows, and today's expected arrivals (some already in).
 * Everything goes through the services; past days are replayed by moving the app's clock.
 */
export async function demoCrew(app: INestApplication, dataSource: DataSource): Promise<void> {
  const logger = new Logger('Demo');
  const clock = app.get(Clock);
  const crew = app.get(CrewService);
  const assignments = app.get(AssignmentService);
  const access = app.get(AccessService);
  const today = clock.today();
  const now = clock.now();
  const [operator] = await dataSource.query(`SELECT id, email FROM app_user WHERE role = 'OPERATOR' ORDER BY created_at LIMIT 1`);
  if (!operator) return;
  const actor: Actor = { userId: operator.id, email: operator.email, role: Role.OPERATOR, studioId: null };
  const from = addDays(today, -HISTORY_DAYS);
  const to = addDays(today, 45);
  const rows: Array<{ booking_id: string; studio_id: string; desk_id: string; days: string }> = await dataSource.query(
    `SELECT b.id AS booking_id, b.studio_id, bd.desk_id, bd.days::text AS days
       FROM booking b JOIN booking_desk bd ON bd.booking_id = b.id JOIN desk d ON d.id = bd.desk_id
      WHERE b.status = 'CONFIRMED' AND bd.live AND bd.days && daterange($1::date, $2::date, '[]')
      ORDER BY b.start_date, b.id, d.code`,
    [from, to],
  );
  if (!rows.length) {
    logger.warn('No confirmed bookings around today: no demo crew added');
    return;
  }
  const rnd = random(20260105);
  const pick = <T>(list: T[]) => list[Math.floor(rnd() * list.length)];
  const used = new Set<string>();
  const newMember = async (studioId: string) => {
    let fullName = '';
    do fullName = `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`;
    while (used.has(fullName));
    used.add(fullName);
    return crew.add(actor, { studioId, fullName, email: `${slug(fullName)}@intermittents.example.fr`, jobTitle: pick(JOBS) });
  };

  const calendar = await app.get(SiteService).calendar(await app.get(SiteService).defaultSiteId(), from, to);
  /** The piece's days, trimmed to start and end on open days (nobody starts on a Saturday). */
  const onOpenDays = (start: LocalDate, end: LocalDate): [LocalDate, LocalDate] | null => {
    const open = eachDate(start, end).filter((d) => isOpenDay(calendar, d));
    return open.length ? [open[0], open[open.length - 1]] : null;
  };
  const codes: Array<{ code: string; days: LocalDate[] }> = [];
  for (const row of rows) {
    const booked = parseDateRange(row.days);
    const first = maxDate(booked.first, from);
    const last = minDate(booked.last, to);
    // A long block is shared by two people in turn, as intermittent contracts go.
    const split = eachDate(first, last).length > 20 && rnd() < 0.5 ? addDays(first, Math.floor(eachDate(first, last).length / 2)) : null;
    const pieces = split ? [[first, addDays(split, -1)], [split, last]] : [[first, last]];
    for (const piece of pieces) {
      const open = onOpenDays(piece[0], piece[1]);
      if (!open) continue;
      const [start, end] = open;
      // A few desks stay without anyone named yet, as happens before a production starts.
      if (start > today && rnd() < 0.25) continue;
      const member = await newMember(row.studio_id);
      const issued = await assignments.assign(actor, { bookingId: row.booking_id, crewMemberId: member.id, deskId: row.desk_id, startDate: start, endDate: end });
      codes.push({ code: issued.code, days: eachDate(maxDate(start, from), minDate(end, today)) });
    }
  }

  const caller = { actor, address: 'demo' };
  let checkIns = 0;
  try {
    for (const { code, days } of codes) {
      for (const day of days.filter((d) => isOpenDay(calendar, d))) {
        const isToday = day === today;
        const arrival = 8 * 60 + 30 + Math.floor(rnd() * 90);
        if (isToday) {
          // Today: those whose arrival time has passed are in, the others are expected.
          if (now < parisAt(day, arrival) || rnd() < 0.5) continue;
        } else if (rnd() < NO_SHOW_RATE) continue;
        clock.travelTo(parisAt(day, arrival));
        try {
          await access.checkIn(code, caller);
          checkIns++;
          if (!isToday) {
            clock.travelTo(parisAt(day, 17 * 60 + Math.floor(rnd() * 120)));
            // Now and then someone forgets to check out: the end-of-day job closes it.
            if (rnd() > 0.1) await access.checkOut(code, caller);
          }
        } catch {
          // A desk under maintenance that day, for instance: nobody came.
        }
      }
    }
  } finally {
    clock.reset();
  }
  await access.closeOpenCheckIns();
  logger.log(`Demo crew: ${codes.length} assignments, ${checkIns} check-ins`);
}
