import './database/pg-types.js';
import 'reflect-metadata';
import { INestApplication, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import compression from 'compression';
import { randomBytes } from 'node:crypto';
import type { Express } from 'express';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module.js';
import { securityHeaders } from './common/http/security-headers.js';
import { serveFrontend } from './common/http/static-frontend.js';
import cookieParser from 'cookie-parser';
import { SecretBox, SecretBoxError } from './common/crypto/secret-box.js';
import { resolveSecretKey } from './common/crypto/secret-key.js';
import { FlexLogger } from './common/logging/flex-logger.js';
import { FlexConfig } from './config/config.js';
import { Metrics } from './common/metrics/metrics.js';
import { mountMetrics } from './common/metrics/metrics-endpoint.js';
import { poolOf } from './database/pool.js';
import type { DestinationStream } from 'pino';
import { SettingEntity } from './modules/settings/setting.entity.js';

export const JWT_SECRET_SETTING = 'auth.jwtSecret';

/**
 * The JWT signing secret: from config, else generated once and kept in the database, sealed
 * with the secret key. A stored secret that no longer opens (the key was changed) is replaced:
 * everyone signs in again.
 */
export async function jwtSecret(dataSource: DataSource, config: FlexConfig, secrets: SecretBox): Promise<string> {
  if (config.jwtSecret) return config.jwtSecret;
  const context = `setting:${JWT_SECRET_SETTING}`;
  const fresh = () => JSON.stringify(secrets.seal(randomBytes(48).toString('base64url'), context));
  await dataSource.query(`INSERT INTO setting (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING`, [JWT_SECRET_SETTING, fresh()]);
  const row = await dataSource.getRepository(SettingEntity).findOneByOrFail({ key: JWT_SECRET_SETTING });
  try {
    return secrets.open(row.value as string, context);
  } catch (e) {
    if (!(e instanceof SecretBoxError)) throw e;
    new Logger('Sessions').warn('The stored session secret does not open with this secret key: a new one replaces it, everyone signs in again');
    await dataSource.query(`UPDATE setting SET value = $2, updated_at = now() WHERE key = $1`, [JWT_SECRET_SETTING, fresh()]);
    return jwtSecret(dataSource, config, secrets);
  }
}

export interface CreateAppOptions {
  dataSource: DataSource;
  config: FlexConfig;
  schemaFile?: string | false;
  serveFrontend?: boolean;
  /** Where the JSON log lines go (default stdout): tests read them. */
  logDestination?: DestinationStream;
}

/** One database serves one site: its id goes on every log line. */
async function siteIdOf(dataSource: DataSource): Promise<string | undefined> {
  const rows: Array<{ id: string }> = await dataSource.query(`SELECT id FROM site ORDER BY created_at LIMIT 1`).catch(() => []);
  return rows[0]?.id;
}

/** Builds the Nest application (API, health, and optionally the built front end) without listening. */
export async function createApp(options: CreateAppOptions): Promise<INestApplication> {
  const { dataSource, config } = options;
  const secrets = new SecretBox(resolveSecretKey(config));
  const metrics = new Metrics(() => poolOf(dataSource));
  const siteId = await siteIdOf(dataSource);
  const app = await NestFactory.create(
    AppModule.forRoot({ dataSource, config, jwtSecret: await jwtSecret(dataSource, config, secrets), secretBox: secrets, schemaFile: options.schemaFile ?? false, metrics, siteId, logDestination: options.logDestination }),
    { bufferLogs: true, bodyParser: true },
  );
  app.useLogger(app.get(FlexLogger));
  const server = app.getHttpAdapter().getInstance() as Express;
  server.disable('x-powered-by');
  // X-Forwarded-For / -Proto are believed only from these peers (FLEX_TRUSTED_PROXIES).
  server.set('trust proxy', config.trustedProxies.length ? config.trustedProxies : false);
  app.use(...securityHeaders());
  // gzip or brotli, as the client accepts, for the API and the assets.
  app.use(compression());
  // The session cookie (the browser's session; API clients send a Bearer token instead).
  app.use(cookieParser());
  mountMetrics(server, metrics, config);
  if (options.serveFrontend) serveFrontend(server, config.frontendDist, { production: config.production });
  await app.init();
  return app;
}
