import { Global, Module } from '@nestjs/common';
import { SettingsRepository } from './settings.repository.js';
import { SettingsService } from './settings.service.js';

@Global()
@Module({ providers: [SettingsRepository, SettingsService], exports: [SettingsRepository, SettingsService] })
export class SettingsModule {}
