import { Controller, Get, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Public } from '../../common/auth/decorators.js';

interface HealthBody {
  status: 'ok';
  database?: 'migrated';
}

/**
 * Probes for a load balancer or an orchestrator. The answers say ok or unavailable and
 * nothing else: why the database is unreachable (its host, port, the driver's message)
 * goes to the log, once each time readiness changes.
 */
@Controller('health')
export class HealthController {
  private readonly logger = new Logger('Health');
  private lastProblem: string | null = null;

  constructor(private readonly dataSource: DataSource) {}

  /** SPEC: 200 once the database is reachable and migrated (the same as /health/ready). */
  @Public()
  @Get()
  health(): Promise<HealthBody> {
    return this.ready();
  }

  /** The process is up and answering. */
  @Public()
  @Get('live')
  live(): HealthBody {
    return { status: 'ok' };
  }

  /** The database answers and every migration of this build has run; 503 otherwise. */
  @Public()
  @Get('ready')
  async ready(): Promise<HealthBody> {
    const problem = await this.databaseProblem();
    if (problem !== this.lastProblem) {
      if (problem) this.logger.warn(`Not ready: ${problem}`);
      else if (this.lastProblem) this.logger.log('Ready again');
      this.lastProblem = problem;
    }
    if (problem) throw new HttpException({ status: 'unavailable' }, HttpStatus.SERVICE_UNAVAILABLE);
    return { status: 'ok', database: 'migrated' };
  }

  private async databaseProblem(): Promise<string | null> {
    try {
      await this.dataSource.query('SELECT 1');
      return (await this.dataSource.showMigrations()) ? 'migrations are pending' : null;
    } catch (e) {
      return e instanceof Error ? e.message : String(e);
    }
  }
}
