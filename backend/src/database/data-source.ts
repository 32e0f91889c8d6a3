import { DataSource, DataSourceOptions } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations.js';
import { withAdvisoryLock } from './advisory-lock.js';

export function dataSourceOptions(url: string, extra: Partial<DataSourceOptions> = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    namingStrategy: new SnakeNamingStrategy(),
    uuidExtension: 'pgcrypto',
    // The schema only ever changes through the migrations in ./migrations.
    synchronize: false,
    migrationsRun: false,
    logging: ['error'],
    // A request that cannot get a connection within 10 s fails instead of waiting forever.
    extra: { max: 20, connectionTimeoutMillis: 10_000, application_name: 'studio-flex' },
    ...extra,
  } as DataSourceOptions;
}

/** Held while one starting instance migrates and seeds: the others wait, then find nothing left to do. */
export const MIGRATION_LOCK = 'flex.migrations';

export interface OpenDatabaseOptions {
  /** Runs after the migrations, still under the migration lock (the base data). */
  afterMigrations?: (dataSource: DataSource) => Promise<void>;
}

/**
 * Connects and brings the schema up to date. Several instances starting together on one
 * database run each migration once: they take turns on a PostgreSQL advisory lock.
 */
export async function openDatabase(url: string, options: OpenDatabaseOptions = {}): Promise<DataSource> {
  const dataSource = new DataSource(dataSourceOptions(url));
  await dataSource.initialize();
  try {
    await withAdvisoryLock(dataSource, MIGRATION_LOCK, async () => {
      await dataSource.runMigrations({ transaction: 'each' });
      await options.afterMigrations?.(dataSource);
    });
  } catch (e) {
    await dataSource.destroy().catch(() => undefined);
    throw e;
  }
  return dataSource;
}
