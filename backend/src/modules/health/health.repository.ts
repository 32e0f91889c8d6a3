import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** What readiness asks the database: does it answer, and has every migration of this build run. */
@Injectable()
export class HealthRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Null when ready; otherwise why not (the driver's message, or pending migrations). */
  async problem(): Promise<string | null> {
    try {
      await this.dataSource.query('SELECT 1');
      return (await this.dataSource.showMigrations()) ? 'migrations are pending' : null;
    } catch (e) {
      return e instanceof Error ? e.message : String(e);
    }
  }
}
