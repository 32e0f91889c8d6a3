/**
 * Writes schema/schema.graphql from the code-first resolvers, without a database.
 * Run by `npm run schema`; a test fails when the committed file is stale.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printedSchema } from './schema-print.js';
import { projectRoot } from './config/project-root.js';

printedSchema()
  .then((sdl) => {
    const file = join(projectRoot(), 'schema', 'schema.graphql');
    writeFileSync(file, sdl);
    console.log(`Wrote ${file}`);
    process.exit(0);
  })
  .catch((e) => {
    console.error(e);
    process.exit(1);
  });
