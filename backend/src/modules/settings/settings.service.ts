import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { SettingsRepository } from './settings.repository.js';

/**
 * Operator-editable settings, stored as JSON by key. Each domain names its keys
 * (`co2.referenceKitKg`, `seller.identity`…) and gives the default it uses when unset.
 */
@Injectable()
export class SettingsService {
  constructor(private readonly repo: SettingsRepository) {}

  async get<T>(key: string, fallback: T, em?: EntityManager): Promise<T> {
    const row = await this.repo.find(key, em);
    return row ? (row.value as T) : fallback;
  }

  async set<T>(key: string, value: T, em?: EntityManager): Promise<void> {
    await this.repo.upsert(key, value, em);
  }
}
