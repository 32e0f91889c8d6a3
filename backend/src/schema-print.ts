import './database/pg-types.js';
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchema } from 'graphql';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module.js';
import { SecretBox } from './common/crypto/secret-box.js';
import { Metrics } from './common/metrics/metrics.js';
import { loadConfig } from './config/config.js';
import { dataSourceOptions } from './database/data-source.js';

const HEADER = '# Studio FLEX API. Emitted by the backend from its code-first resolvers (npm run schema): do not edit by hand.\n\n';

/** The API's schema as SDL, built from the resolvers alone (the database is never opened). */
export async function printedSchema(): Promise<string> {
  const dataSource = new DataSource(dataSourceOptions('postgres://127.0.0.1:1/unused'));
  const config = { ...loadConfig({}), jobs: false };
  const app = await NestFactory.create(AppModule.forRoot({ dataSource, config, jwtSecret: 'x'.repeat(32), secretBox: new SecretBox('x'.repeat(32)), schemaFile: false, metrics: new Metrics() }), { logger: false });
  await app.init();
  const { schema } = app.get(GraphQLSchemaHost);
  await app.close();
  return HEADER + printSchema(schema) + '\n';
}
