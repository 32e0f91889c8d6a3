import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { SettingEntity } from './setting.entity.js';

/**
 * Operator-editable settings, stored as JSON by key. Each domain names its keys
 * (`co2.referenceKitKg`, `seller.identity`…) and gives the default it uses when unset.
 */
@Injectable()
export class SettingsService {
  constructor(private readonly dataSource: DataSource) {}

  async get<T>(key: string, fallback: T, em?: EntityManager): Promise<T> {
    const row = await (em ?? this.dataSource.manager).getRepository(SettingEntity).findOneBy({ key });
    return row ? (row.value as T) : fallback;
  }

  async set<T>(key: string, value: T, em?: EntityManager): Promise<void> {
    await (em ?? this.dataSource.manager).query(
      `INSERT INTO setting (key, value, updated_at) VALUES ($1, $2, now())
       ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`,
      [key, JSON.stringify(value)],
    );
  }
}
