import { Controller, Get, HttpException, HttpStatus } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Public } from '../../common/auth/decorators.js';

@Controller('health')
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  /** 200 once the database answers and every migration has run. */
  @Public()
  @Get()
  async health(): Promise<{ status: string; database: string }> {
    try {
      await this.dataSource.query('SELECT 1');
      if (await this.dataSource.showMigrations()) throw new Error('pending migrations');
      return { status: 'ok', database: 'migrated' };
    } catch (e) {
      throw new HttpException({ status: 'unavailable', reason: e instanceof Error ? e.message : String(e) }, HttpStatus.SERVICE_UNAVAILABLE);
    }
  }

  /** Liveness: the process answers (the database is not asked, so an outage restarts nothing). */
  @Public()
  @Get('live')
  live(): { status: string } {
    return { status: 'ok' };
  }

  /** Readiness: the database answers and is migrated; nothing of it is shown. */
  @Public()
  @Get('ready')
  async ready(): Promise<{ status: string }> {
    try {
      await this.health();
      return { status: 'ok' };
    } catch {
      throw new HttpException({ status: 'unavailable' }, HttpStatus.SERVICE_UNAVAILABLE);
    }
  }
}
