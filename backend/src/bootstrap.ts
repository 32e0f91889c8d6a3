import './database/pg-types.js';
import 'reflect-metadata';
import { INestApplication, Logger, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import compression from 'compression';
import { randomBytes } from 'node:crypto';
import type { Express } from 'express';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module.js';
import { securityHeaders } from './common/http/security-headers.js';
import { serveFrontend } from './common/http/static-frontend.js';
import { FlexLogger } from './common/logging/flex-logger.js';
import { FlexConfig } from './config/config.js';
import { SettingEntity } from './modules/settings/setting.entity.js';

const LOG_LEVELS: Record<FlexConfig['logLevel'], LogLevel[]> = {
  debug: ['debug', 'log', 'warn', 'error', 'fatal'],
  info: ['log', 'warn', 'error', 'fatal'],
  warn: ['warn', 'error', 'fatal'],
  error: ['error', 'fatal'],
};

/** The JWT signing secret: from config, else generated once and kept in the database. */
export async function jwtSecret(dataSource: DataSource, config: FlexConfig): Promise<string> {
  if (config.jwtSecret) return config.jwtSecret;
  const repo = dataSource.getRepository(SettingEntity);
  await dataSource.query(`INSERT INTO setting (key, value) VALUES ('auth.jwtSecret', $1) ON CONFLICT (key) DO NOTHING`, [
    JSON.stringify(randomBytes(48).toString('base64url')),
  ]);
  const row = await repo.findOneByOrFail({ key: 'auth.jwtSecret' });
  return row.value as string;
}

export interface CreateAppOptions {
  dataSource: DataSource;
  config: FlexConfig;
  schemaFile?: string | false;
  serveFrontend?: boolean;
}

/** Builds the Nest application (API, health, and optionally the built front end) without listening. */
export async function createApp(options: CreateAppOptions): Promise<INestApplication> {
  const { dataSource, config } = options;
  const app = await NestFactory.create(
    AppModule.forRoot({ dataSource, config, jwtSecret: await jwtSecret(dataSource, config), schemaFile: options.schemaFile ?? false }),
    { logger: new FlexLogger({ logLevels: LOG_LEVELS[config.logLevel] }), bodyParser: true },
  );
  const server = app.getHttpAdapter().getInstance() as Express;
  server.disable('x-powered-by');
  // X-Forwarded-For / -Proto are believed only from these peers (FLEX_TRUSTED_PROXIES).
  server.set('trust proxy', config.trustedProxies.length ? config.trustedProxies : false);
  app.use(...securityHeaders());
  // gzip or brotli, as the client accepts, for the API and the assets.
  app.use(compression());
  if (options.serveFrontend) serveFrontend(server, config.frontendDist, { production: config.production });
  await app.init();
  return app;
}
