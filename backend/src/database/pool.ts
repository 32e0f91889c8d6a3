import type pg from 'pg';
import type { DataSource } from 'typeorm';

/** The pg pool behind a PostgreSQL DataSource (shared by pg-boss and read by the pool metrics). */
export function poolOf(dataSource: DataSource): pg.Pool {
  return (dataSource.driver as unknown as { master: pg.Pool }).master;
}
