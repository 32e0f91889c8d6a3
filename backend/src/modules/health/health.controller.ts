import { Controller, Get, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { Public } from '../../common/auth/decorators.js';
import { HealthRepository } from './health.repository.js';

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

  constructor(private readonly database: HealthRepository) {}

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
    const problem = await this.database.problem();
    if (problem !== this.lastProblem) {
      if (problem) this.logger.warn(`Not ready: ${problem}`);
      else if (this.lastProblem) this.logger.log('Ready again');
      this.lastProblem = problem;
    }
    if (problem) throw new HttpException({ status: 'unavailable' }, HttpStatus.SERVICE_UNAVAILABLE);
    return { status: 'ok', database: 'migrated' };
  }
}
