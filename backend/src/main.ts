import { Logger } from '@nestjs/common';
import { createServer } from 'node:net';
import { createApp } from './bootstrap.js';
import { HttpDrain, trackHttpConnections } from './common/lifecycle/http-drain.js';
import { shutDownOnSignals } from './common/lifecycle/shutdown.js';
import { ConfigError, loadConfig } from './config/config.js';
import { openDatabase } from './database/data-source.js';
import { EMBEDDED_DATABASE, EmbeddedDatabase, startEmbeddedPostgres } from './database/embedded-postgres.js';
import { ensureDatabase } from './database/ensure-database.js';
import { ensureBaseData } from '../../seeds/base/index.js';
import { ensureDemoData } from '../../seeds/demo/index.js';

const logger = new Logger('StudioFlex');

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, () => probe.close(() => resolve(true)));
  });
}

async function main(): Promise<void> {
  const config = loadConfig();
  if (config.port !== 0 && !(await portIsFree(config.port))) {
    throw new ConfigError(`Port ${config.port} is already in use: stop the other program or set PORT to a free port (e.g. PORT=3001 npm start).`);
  }
  let embedded: EmbeddedDatabase | undefined;
  let dataSource: Awaited<ReturnType<typeof openDatabase>> | undefined;
  let app: Awaited<ReturnType<typeof createApp>> | undefined;
  let drain: HttpDrain | undefined;
  shutDownOnSignals(() => ({ drain, app, dataSource, embedded }), config.shutdownTimeoutMs);

  let serverUrl = config.databaseUrl;
  if (!serverUrl) {
    logger.log(`Starting the embedded PostgreSQL (data in ${config.dataDir})`);
    embedded = await startEmbeddedPostgres(config.dataDir, { appHandlesSignals: true });
    serverUrl = await ensureDatabase(embedded.url, EMBEDDED_DATABASE);
  }
  try {
    dataSource = await openDatabase(serverUrl, { afterMigrations: (ds) => ensureBaseData(ds, { operatorPassword: config.operatorPassword }) });
  } catch (e) {
    await embedded?.stop().catch(() => undefined);
    const reason = e instanceof Error ? e.message : String(e);
    throw new ConfigError(`Cannot reach or migrate the database (${reason}). Check DATABASE_URL, or unset it to use the embedded PostgreSQL.`);
  }
  app = await createApp({ dataSource, config, serveFrontend: true });
  if (config.demo) await ensureDemoData(app);
  drain = trackHttpConnections(app.getHttpServer());
  await app.listen(config.port);
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  logger.log(`Studio FLEX is ready on http://localhost:${port} (GraphQL at /graphql)`);
}

main().catch((e) => {
  if (e instanceof ConfigError) {
    logger.error(e.message);
  } else {
    logger.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
  }
  process.exit(1);
});
