import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { SettingEntity } from './setting.entity.js';

/** Settings rows (JSON by key): the only place with their SQL. */
@Injectable()
export class SettingsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private em(em?: EntityManager) {
    return em ?? this.dataSource.manager;
  }

  find(key: string, em?: EntityManager): Promise<SettingEntity | null> {
    return this.em(em).getRepository(SettingEntity).findOneBy({ key });
  }

  async upsert(key: string, value: unknown, em?: EntityManager): Promise<void> {
    await this.em(em).query(
      `INSERT INTO setting (key, value, updated_at) VALUES ($1, $2, now())
       ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`,
      [key, JSON.stringify(value)],
    );
  }

  /** Writes the value unless the key is set, then answers the stored one (first writer wins, across instances). */
  async setOnce<T>(key: string, value: T): Promise<T> {
    await this.em().query(`INSERT INTO setting (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING`, [key, JSON.stringify(value)]);
    const rows: Array<{ value: T }> = await this.em().query(`SELECT value FROM setting WHERE key = $1`, [key]);
    return rows[0].value;
  }
}
