import { Injectable } from '@nestjs/common';
import { Logger } from 'nestjs-pino';

/** Nest's own start-up chatter, one line per module and route: useful only at debug level. */
const STARTUP_CONTEXTS = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestFactory', 'NestApplication', 'GraphQLModule']);

/** Nest's logger on pino (JSON lines), without the start-up chatter unless FLEX_LOG_LEVEL=debug. */
@Injectable()
export class FlexLogger extends Logger {
  override log(message: unknown, ...optionalParams: unknown[]): void {
    const context = optionalParams[optionalParams.length - 1];
    if (typeof context === 'string' && STARTUP_CONTEXTS.has(context) && !this.logger.logger.isLevelEnabled('debug')) return;
    super.log(message, ...optionalParams);
  }
}
