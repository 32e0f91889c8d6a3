import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { ConfigError } from '../../config/config.js';
import type { FlexConfig } from '../../config/config.js';

/**
 * Where the key is kept locally when FLEX_SECRET_KEY is unset: beside the data folder
 * (not inside it: that folder is the embedded PostgreSQL's own), readable by its owner only.
 */
export const secretKeyFile = (config: Pick<FlexConfig, 'dataDir'>) => `${config.dataDir}.key`;

/**
 * The key that seals secrets at rest: FLEX_SECRET_KEY (required in production), else a key
 * generated once into the local key file (mode 0600). Losing that file loses what it sealed
 * (held access codes, the generated session secret: everyone signs in again).
 */
export function resolveSecretKey(config: Pick<FlexConfig, 'secretKey' | 'dataDir' | 'production'>): string {
  if (config.secretKey) return config.secretKey;
  if (config.production) throw new ConfigError('FLEX_SECRET_KEY is required when NODE_ENV=production');
  const file = secretKeyFile(config);
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    try {
      // 'wx': two instances starting together never overwrite each other's key.
      writeFileSync(file, `${randomBytes(48).toString('base64url')}\n`, { mode: 0o600, flag: 'wx' });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
  chmodSync(file, 0o600);
  const key = readFileSync(file, 'utf8').trim();
  if (key.length < 32) throw new ConfigError(`The key file ${file} holds no usable key (32+ characters): delete it to have a new one generated`);
  return key;
}
