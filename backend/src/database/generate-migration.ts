/**
 * Writes a migration with the SQL that brings the schema from the current migrations to the
 * entities. Read it, then edit it by hand. Usage (from backend/):
 *   npm run migration:generate -- AddCrew
 * Uses DATABASE_URL's server (a scratch database is created and dropped) or an embedded one.
 */
import './pg-types.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
const { Client } = pg;
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source.js';
import { pendingSchemaChanges } from './schema-diff.js';
import { ensureDatabase } from './ensure-database.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { projectRoot } from '../config/project-root.js';

async function main() {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('Give the migration a PascalCase name');
  const embedded = process.env.DATABASE_URL ? undefined : await startEmbeddedPostgres(mkdtempSync(join(tmpdir(), 'flex-gen-')));
  const serverUrl = process.env.DATABASE_URL ?? embedded!.url;
  const scratch = `flex_gen_${Date.now()}`;
  const url = await ensureDatabase(serverUrl, scratch);
  const ds = new DataSource(dataSourceOptions(url));
  try {
    await ds.initialize();
    await ds.runMigrations();
    const { up, down } = await pendingSchemaChanges(ds);
    if (!up.length) {
      console.log('No changes: entities and migrations agree.');
      return;
    }
    const ts = Date.now();
    const esc = (q: string) => '`' + q.replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';
    const file = `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${name}${ts} implements MigrationInterface {
  name = '${name}${ts}';

  async up(queryRunner: QueryRunner): Promise<void> {
${up.map((q) => `    await queryRunner.query(${esc(q)});`).join('\n')}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${down.reverse().map((q) => `    await queryRunner.query(${esc(q)});`).join('\n')}
  }
}
`;
    const path = join(projectRoot(), 'backend/src/database/migrations', `${ts}-${name}.ts`);
    writeFileSync(path, file);
    console.log(`Wrote ${path}: add it to MIGRATIONS in database/migrations.ts, then read and edit it.`);
  } finally {
    if (ds.isInitialized) await ds.destroy();
    const c = new Client({ connectionString: serverUrl });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS "${scratch}"`);
    await c.end();
    await embedded?.stop();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
