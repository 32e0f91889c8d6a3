import { INestApplication, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

/**
 * A demo step adds one domain's data (studios and bookings, crew, maintenance, invoices…)
 * through the application's own services, so the demo obeys every rule.
 */
export type DemoStep = (app: INestApplication, dataSource: DataSource) => Promise<void>;

/** Steps in order; each issue adds its own. */
export const DEMO_STEPS: Array<{ name: string; run: DemoStep }> = [];

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
