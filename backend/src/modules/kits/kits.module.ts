import { Module } from '@nestjs/common';
import { KitsResolver } from './kits.resolver.js';

@Module({ providers: [KitsResolver] })
export class KitsModule {}
