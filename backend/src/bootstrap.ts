import './database/pg-types.js';
import 'reflect-metadata';
import { INestApplication, Logger, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express from 'express';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module.js';
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
  app.getHttpAdapter().getInstance().set('trust proxy', 'loopback');
  if (options.serveFrontend) serveFrontend(app, config.frontendDist);
  await app.init();
  return app;
}

function serveFrontend(app: INestApplication, dist: string): void {
  const index = join(dist, 'index.html');
  if (!existsSync(index)) {
    new Logger('Frontend').warn(`No built front end at ${dist}: run "npm run build" (the API still works).`);
    return;
  }
  const server = app.getHttpAdapter().getInstance() as express.Express;
  server.use(express.static(dist, { index: false, maxAge: '1h' }));
  // Client-side routes: any other GET that is not the API answers the app's page.
  server.use((req, res, next) => {
    if (req.method !== 'GET' || req.path.startsWith('/graphql') || req.path.startsWith('/health') || req.path.startsWith('/api/')) return next();
    res.sendFile(index);
  });
}
