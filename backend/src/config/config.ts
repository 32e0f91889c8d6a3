import { isIP } from 'node:net';
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
  /** This instance schedules and works the jobs (pg-boss); off, it only queues the operator's "run now" (tests run jobs by hand). */
  jobs: boolean;
  /** NODE_ENV=production: no introspection, no "Did you mean" suggestions, no source maps served; the secrets below must be given, never defaulted. */
  production: boolean;
  /** Peers whose X-Forwarded-For / X-Forwarded-Proto are believed (Express 'trust proxy' list); empty: none. */
  trustedProxies: string[];
  /** How long SIGTERM/SIGINT waits for in-flight requests before cutting them. */
  shutdownTimeoutMs: number;
  /** Seals secrets at rest (AES-256-GCM); unset locally: a key generated once beside the data folder. */
  secretKey: string | undefined;
  /** Where the app is reached, for the links in e-mails (invitation, password reset). */
  publicUrl: string;
  /** Bearer token Prometheus sends to GET /metrics; unset: open locally, /metrics off in production. */
  metricsToken: string | undefined;
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

const PROXY_PRESETS = ['loopback', 'linklocal', 'uniquelocal'];

/** FLEX_TRUSTED_PROXIES: comma-separated addresses, subnets (CIDR) or presets; "none" trusts no one. */
function trustedProxiesFrom(env: NodeJS.ProcessEnv): string[] {
  const raw = (env.FLEX_TRUSTED_PROXIES ?? '').trim() || 'loopback';
  if (raw === 'none') return [];
  const entries = raw.split(',').map((e) => e.trim()).filter(Boolean);
  for (const entry of entries) {
    const [address, bits, extra] = entry.split('/');
    const family = isIP(address);
    const bitsOk = bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (family === 6 ? 128 : 32));
    if (!PROXY_PRESETS.includes(entry) && (!family || !bitsOk || extra !== undefined)) {
      throw new ConfigError(`FLEX_TRUSTED_PROXIES must list addresses, subnets (10.0.0.0/8) or ${PROXY_PRESETS.join(', ')}, or be "none" (got "${entry}")`);
    }
  }
  return entries;
}

/** FLEX_JWT_TTL and the like: a whole number with a unit (s, m, h or d), e.g. 30m, 12h, 7d. */
export function durationMs(value: string): number | undefined {
  const match = /^(\d+)\s*([smhd])$/.exec(value.trim());
  if (!match) return undefined;
  const unit = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 }[match[2] as 's' | 'm' | 'h' | 'd'];
  return Number(match[1]) * unit;
}

/** Without these, a production start would run on public defaults (the operator's password, secrets). */
const REQUIRED_IN_PRODUCTION = ['FLEX_OPERATOR_PASSWORD', 'FLEX_JWT_SECRET', 'FLEX_SECRET_KEY', 'FLEX_PUBLIC_URL'] as const;

function checkProduction(env: NodeJS.ProcessEnv): void {
  const missing = REQUIRED_IN_PRODUCTION.filter((name) => !env[name]);
  if (missing.length) {
    throw new ConfigError(`NODE_ENV=production needs ${missing.join(', ')}: set ${missing.length > 1 ? 'them' : 'it'} (see the configuration table in README.md)`);
  }
  if (env.FLEX_OPERATOR_PASSWORD!.length < 12) throw new ConfigError('FLEX_OPERATOR_PASSWORD must be at least 12 characters long when NODE_ENV=production');
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
  const production = env.NODE_ENV === 'production';
  if (production) checkProduction(env);
  const hashCost = env.FLEX_PASSWORD_HASH_COST || 'standard';
  if (hashCost !== 'standard' && hashCost !== 'low') throw new ConfigError('FLEX_PASSWORD_HASH_COST must be standard or low');
  if (production && hashCost === 'low') throw new ConfigError('FLEX_PASSWORD_HASH_COST=low is for test runs: NODE_ENV=production refuses it');
  const jwtSecret = env.FLEX_JWT_SECRET || undefined;
  if (jwtSecret && jwtSecret.length < 32) {
    throw new ConfigError('FLEX_JWT_SECRET must be at least 32 characters long');
  }
  const jwtTtl = env.FLEX_JWT_TTL || '12h';
  if (!durationMs(jwtTtl) || durationMs(jwtTtl)! < 60_000) throw new ConfigError('FLEX_JWT_TTL must be a duration of a minute or more, e.g. 30m, 12h or 7d');
  const secretKey = env.FLEX_SECRET_KEY || undefined;
  if (secretKey && secretKey.length < 32) throw new ConfigError('FLEX_SECRET_KEY must be at least 32 characters long (e.g. openssl rand -base64 32)');
  const metricsToken = env.FLEX_METRICS_TOKEN || undefined;
  if (metricsToken && metricsToken.length < 16) throw new ConfigError('FLEX_METRICS_TOKEN must be at least 16 characters long (e.g. openssl rand -hex 24)');
  const port = intFrom(env, 'PORT', 3000, 0, 65535);
  const publicUrl = (env.FLEX_PUBLIC_URL || `http://localhost:${port}`).replace(/\/+$/, '');
  if (!/^https?:\/\/[^/\s]+/.test(publicUrl)) throw new ConfigError('FLEX_PUBLIC_URL must be an http:// or https:// address, e.g. https://flex.example.fr');
  return {
    port,
    databaseUrl,
    dataDir: resolve(env.FLEX_DATA_DIR || '.flex-data'),
    operatorPassword: env.FLEX_OPERATOR_PASSWORD || 'studioflex',
    demo: boolFrom(env, 'FLEX_DEMO', true),
    jwtSecret,
    jwtTtl,
    logLevel,
    frontendDist: resolve(env.FLEX_FRONTEND_DIST || resolve(projectRoot(), 'frontend/dist')),
    smtpUrl: env.FLEX_SMTP_URL || undefined,
    mailFrom: env.FLEX_MAIL_FROM || 'Studio FLEX <no-reply@studioflex.fr>',
    jobs: boolFrom(env, 'FLEX_JOBS', true),
    production,
    trustedProxies: trustedProxiesFrom(env),
    shutdownTimeoutMs: intFrom(env, 'FLEX_SHUTDOWN_TIMEOUT_MS', 10_000, 0, 600_000),
    secretKey,
    publicUrl,
    metricsToken,
  };
}

export const FLEX_CONFIG = Symbol('FLEX_CONFIG');
