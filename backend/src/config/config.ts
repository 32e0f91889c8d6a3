import { resolve } from 'node:path';
import { projectRoot } from './project-root.js';

/** The typed configuration, read once at boot from the environment. */
export interface FlexConfig {
  port: number;
  databaseUrl: string | undefined;
  dataDir: string;
  operatorPassword: string;
  demo: boolean;
  jwtSecret: string | undefined;
  jwtTtl: string;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  frontendDist: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  /** Scheduled jobs (option expiry, end-of-day check-out, anonymisation…); off in tests, which run them by hand. */
  jobs: boolean;
}

export class ConfigError extends Error {}

function intFrom(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number between ${min} and ${max} (got "${raw}")`);
  }
  return value;
}

function boolFrom(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be 1 or 0 (got "${raw}")`);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): FlexConfig {
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must be a postgres:// or postgresql:// URL');
  }
  const logLevel = (env.FLEX_LOG_LEVEL || 'info') as FlexConfig['logLevel'];
  if (!['debug', 'info', 'warn', 'error'].includes(logLevel)) {
    throw new ConfigError('FLEX_LOG_LEVEL must be one of debug, info, warn, error');
  }
  const jwtSecret = env.FLEX_JWT_SECRET || undefined;
  if (jwtSecret && jwtSecret.length < 32) {
    throw new ConfigError('FLEX_JWT_SECRET must be at least 32 characters long');
  }
  return {
    port: intFrom(env, 'PORT', 3000, 0, 65535),
    databaseUrl,
    dataDir: resolve(env.FLEX_DATA_DIR || '.flex-data'),
    operatorPassword: env.FLEX_OPERATOR_PASSWORD || 'studioflex',
    demo: boolFrom(env, 'FLEX_DEMO', true),
    jwtSecret,
    jwtTtl: env.FLEX_JWT_TTL || '12h',
    logLevel,
    frontendDist: resolve(env.FLEX_FRONTEND_DIST || resolve(projectRoot(), 'frontend/dist')),
    smtpUrl: env.FLEX_SMTP_URL || undefined,
    mailFrom: env.FLEX_MAIL_FROM || 'Studio FLEX <no-reply@studioflex.fr>',
    jobs: boolFrom(env, 'FLEX_JOBS', true),
  };
}

export const FLEX_CONFIG = Symbol('FLEX_CONFIG');
