import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Global, Module, Type } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { JwtModule } from '@nestjs/jwt';
import { LoggerModule } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import { DataSource } from 'typeorm';
import { AuthGuard } from './common/auth/auth.guard.js';
import { DomainErrorFilter } from './common/errors/domain-error.filter.js';
import { formatGraphQLError } from './common/errors/format-error.js';
import { requestLimits } from './common/graphql/request-limits.js';
import { observabilityPlugin } from './common/graphql/observability.plugin.js';
import { FlexLogger } from './common/logging/flex-logger.js';
import { pinoHttpOptions } from './common/logging/pino-options.js';
import { Metrics } from './common/metrics/metrics.js';
import { createValidationPipe } from './common/errors/validation.pipe.js';
import { RequestLoaders } from './common/loaders/request-loaders.js';
import { validateArgumentsAtTheEdge } from './common/validation/validate-arguments.js';
import { Clock } from './common/time/clock.js';
import { SecretBox } from './common/crypto/secret-box.js';
import { RateLimitStore } from './common/rate-limit/rate-limiter.js';
import { Transactions } from './common/database/transactions.js';
import { FLEX_CONFIG, FlexConfig } from './config/config.js';
import { MAX_DAYS_PER_REQUEST } from './request-budget.js';
import { BookingCoreModule } from './modules/booking/booking-core.module.js';
import { SettingsModule } from './modules/settings/settings.module.js';
import { AuthModule } from './modules/auth/auth.module.js';
import { HealthController } from './modules/health/health.controller.js';
import { HealthRepository } from './modules/health/health.repository.js';
import { KitsModule } from './modules/kits/kits.module.js';
import { SiteModule } from './modules/site/site.module.js';
import { UsersModule } from './modules/users/users.module.js';
import { CrewModule } from './modules/crew/crew.module.js';
import { AccessModule } from './modules/access/access.module.js';
import { MailModule } from './modules/mail/mail.module.js';
import { Co2Module } from './modules/co2/co2.module.js';
import { InvoicingModule } from './modules/invoicing/invoicing.module.js';
import { StudiosModule } from './modules/studios/studios.module.js';
import { BookingModule } from './modules/booking/booking.module.js';
import { CalendarFeedModule } from './modules/calendar-feed/calendar-feed.module.js';
import { ReportsModule } from './modules/reports/reports.module.js';
import { NotificationsModule } from './modules/notifications/notifications.module.js';
import { JobsModule } from './modules/jobs/jobs.module.js';

/** Domain modules; each issue's module is added here. */
const DOMAIN_MODULES: Type[] = [JobsModule, SettingsModule, BookingCoreModule, AuthModule, UsersModule, SiteModule, KitsModule, MailModule, CrewModule, AccessModule, Co2Module, InvoicingModule, StudiosModule, BookingModule, CalendarFeedModule, ReportsModule, NotificationsModule];

export interface AppOptions {
  dataSource: DataSource;
  config: FlexConfig;
  jwtSecret: string;
  /** Seals secrets at rest with the configured key. */
  secretBox: SecretBox;
  /** Where to write the schema (SDL); false keeps it in memory. */
  schemaFile: string | false;
  /** This app's Prometheus registry (served at /metrics). */
  metrics: Metrics;
  /** The site this database serves, for the log lines. */
  siteId?: string;
  /** Where the JSON log lines go (default stdout). */
  logDestination?: DestinationStream;
}

@Global()
@Module({})
class CoreModule {
  static forRoot(options: AppOptions): DynamicModule {
    return {
      module: CoreModule,
      imports: [JwtModule.register({ secret: options.jwtSecret, signOptions: { expiresIn: options.config.jwtTtl as never } })],
      providers: [
        { provide: DataSource, useValue: options.dataSource },
        { provide: FLEX_CONFIG, useValue: options.config },
        { provide: SecretBox, useValue: options.secretBox },
        { provide: Metrics, useValue: options.metrics },
        Clock,
        RateLimitStore,
        FlexLogger,
        Transactions,
      ],
      exports: [DataSource, FLEX_CONFIG, Clock, JwtModule, SecretBox, RateLimitStore, Metrics, FlexLogger, Transactions],
    };
  }
}

@Module({})
export class AppModule {
  static forRoot(options: AppOptions): DynamicModule {
    const limits = requestLimits(options.config, MAX_DAYS_PER_REQUEST);
    return {
      module: AppModule,
      imports: [
        LoggerModule.forRoot({ pinoHttp: pinoHttpOptions({ config: options.config, siteId: options.siteId, destination: options.logDestination }) }),
        CoreModule.forRoot(options),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: '/graphql',
          // Refuses requests a browser could send cross-site without a preflight (text/plain POST, GET without a custom header): with SameSite, the session cookie's CSRF guard.
          csrfPrevention: true,
          autoSchemaFile: options.schemaFile === false ? true : options.schemaFile,
          sortSchema: true,
          buildSchemaOptions: { dateScalarMode: 'isoDate' },
          ...limits,
          plugins: [...limits.plugins, observabilityPlugin(options.metrics)],
          playground: false,
          includeStacktraceInErrorResponses: false,
          // `res`: the sign-in and sign-out set and clear the session cookie.
          context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res, loaders: new RequestLoaders() }),
          formatError: formatGraphQLError,
          transformSchema: validateArgumentsAtTheEdge,
        }),
        ...DOMAIN_MODULES,
      ],
      controllers: [HealthController],
      providers: [
        HealthRepository,
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: DomainErrorFilter },
      ],
    };
  }
}
