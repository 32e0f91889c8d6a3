import { INestApplication, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { demoStudiosAndBookings } from './studios-bookings.js';
import { demoCrew } from './crew.js';
import { demoMaintenance } from './maintenance.js';
import { demoInvoices } from './invoices.js';
import { demoValence } from './valence.js';

/**
 * A demo step adds one domain's data (studios and bookings, crew, maintenance, invoices…)
 * through the application's own services, so the demo obeys every rule.
 */
export type DemoStep = (app: INestApplication, dataSource: DataSource) => Promise<void>;

/** Steps in order; each issue adds its own. */
export const DEMO_STEPS: Array<{ name: string; run: DemoStep }> = [
  // First: every other step builds on the studios, their contracts and bookings.
  { name: 'studios, contracts and a quarter of bookings', run: demoStudiosAndBookings },
  // Crew needs the confirmed bookings: keep it after the studios and bookings step.
  { name: 'crew, passes and check-ins', run: demoCrew },
  // After bookings and crew: today's breakdown lands on a booked desk, so a move is needed.
  { name: 'kit maintenance tickets and a swap', run: demoMaintenance },
  // After the studios and bookings: past months issued and paid, last month issued, this month a draft.
  { name: 'invoices and a credit note', run: demoInvoices },
  // Last: the second site and a few bookings there, months ahead (no invoice, no crew yet).
  { name: 'the second site, Studio FLEX Valence', run: demoValence },
];

/** Adds the demo data to a database that has no studio yet. */
export async function ensureDemoData(app: INestApplication): Promise<void> {
  const dataSource = app.get(DataSource);
  const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM studio`);
  if (count > 0) return;
  const logger = new Logger('Demo');
  for (const step of DEMO_STEPS) {
    logger.log(`Adding demo data: ${step.name}`);
    await step.run(app, dataSource);
  }
}
