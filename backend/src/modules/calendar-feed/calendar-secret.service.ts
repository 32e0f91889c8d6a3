import { Inject, Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { FLEX_CONFIG } from '../../config/config.js';
import type { FlexConfig } from '../../config/config.js';
import { sealingKey } from './feed-token.js';

export const CALENDAR_SECRET_SETTING = 'calendar.feedSecret';

/**
 * The key sealing feed tokens: from FLEX_CALENDAR_SECRET, else generated once and kept in
 * the database (then a copy of the database alone opens the URLs: set the variable in production).
 */
@Injectable()
export class CalendarSecretService {
  private key?: Promise<Buffer>;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(FLEX_CONFIG) private readonly config: FlexConfig,
  ) {}

  sealingKey(): Promise<Buffer> {
    this.key ??= this.load().catch((e) => {
      this.key = undefined;
      throw e;
    });
    return this.key;
  }

  private async load(): Promise<Buffer> {
    if (this.config.calendarSecret) return sealingKey(this.config.calendarSecret);
    await this.dataSource.query(`INSERT INTO setting (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING`, [CALENDAR_SECRET_SETTING, JSON.stringify(randomBytes(48).toString('base64url'))]);
    const rows: Array<{ value: string }> = await this.dataSource.query(`SELECT value FROM setting WHERE key = $1`, [CALENDAR_SECRET_SETTING]);
    return sealingKey(rows[0].value);
  }
}
