import { ConsoleLogger } from '@nestjs/common';

/** Nest's own start-up chatter, one line per module and route: useful only at debug level. */
const STARTUP_CONTEXTS = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestFactory', 'NestApplication', 'GraphQLModule']);

export class FlexLogger extends ConsoleLogger {
  override log(message: unknown, context?: string): void {
    if (context && STARTUP_CONTEXTS.has(context) && !this.isLevelEnabled('debug')) return;
    super.log(message, context);
  }
}
