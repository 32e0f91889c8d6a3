import { Logger } from '@nestjs/common';
import './database/pg-types.js';
import { ConfigError, loadConfig } from './config/config.js';
import { openDatabase } from './database/data-source.js';
import { OpsError } from './ops/pg-tools.js';
import { openTarget } from './ops/database-target.js';
import { ensureBaseData } from '../../seeds/base/index.js';

/**
 * Migrates the database and ensures the base data, then exits: the step a deployment runs
 * once before rolling out new app instances (`npm run db:migrate`, the Kubernetes migration Job).
 */
async function migrate(): Promise<void> {
  const config = loadConfig();
  // With the embedded database, a running app already migrated at its start: refuse to race it.
  const target = await openTarget(config, 'refuse', false);
  const logger = new Logger('Migrate');
  try {
    const dataSource = await openDatabase(target.url, {
      afterMigrations: (ds) => ensureBaseData(ds, { operatorPassword: config.operatorPassword }),
    });
    const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM schema_migrations`);
    await dataSource.destroy();
    logger.log(`${target.label} is up to date: ${count} migrations applied, base data in place`);
  } finally {
    await target.close();
  }
}

migrate().then(
  () => process.exit(0),
  (e: unknown) => {
    const known = e instanceof ConfigError || e instanceof OpsError;
    new Logger('Migrate').error(known ? e.message : e instanceof Error ? (e.stack ?? e.message) : String(e));
    process.exit(known && e instanceof OpsError ? e.exitCode : 1);
  },
);
