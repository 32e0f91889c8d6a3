import { INestApplication, Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { EmbeddedDatabase } from '../../database/embedded-postgres.js';
import type { HttpDrain } from './http-drain.js';

/** What is running at the moment a signal comes (parts not started yet are undefined). */
export interface Running {
  drain?: HttpDrain;
  app?: INestApplication;
  dataSource?: DataSource;
  embedded?: EmbeddedDatabase;
}

/** Past the wait for requests, the pool and the embedded server get this long to stop before the process exits anyway. */
const CLOSE_GRACE_MS = 5_000;

/**
 * SIGTERM / SIGINT: stop accepting connections and let the requests in flight finish (at
 * most `timeoutMs`), stop the jobs (Nest's shutdown hooks, waiting for a run in progress),
 * close the pool, stop the embedded database if this process started one, and exit 0
 * (1 when requests had to be cut or something failed to stop).
 */
export function shutDownOnSignals(running: () => Running, timeoutMs: number, logger = new Logger('Shutdown')): void {
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal}: shutting down (waiting up to ${timeoutMs} ms for the requests in flight)`);
    setTimeout(() => {
      logger.error('Shutdown did not finish in time: exiting');
      process.exit(1);
    }, timeoutMs + CLOSE_GRACE_MS).unref();
    const { drain, app, dataSource, embedded } = running();
    let failed = false;
    const step = (what: string, work: Promise<unknown> | undefined) =>
      work?.catch((e) => {
        failed = true;
        logger.error(`${what}: ${e instanceof Error ? e.message : String(e)}`);
      });
    const draining = drain?.drain(timeoutMs);
    if (drain) logger.log(`No longer accepting connections; ${drain.requestsInFlight()} request(s) in flight`);
    const cut = draining ? (await draining).cut : 0;
    if (cut) logger.warn(`${cut} request(s) still running after ${timeoutMs} ms were cut`);
    await step('stopping the app', app?.close());
    await step('closing the database pool', dataSource?.isInitialized ? dataSource.destroy() : undefined);
    await step('stopping the embedded PostgreSQL', embedded?.stop());
    logger.log('Stopped');
    process.exit(cut || failed ? 1 : 0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}
