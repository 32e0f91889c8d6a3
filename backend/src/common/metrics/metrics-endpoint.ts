import { Logger } from '@nestjs/common';
import type { Express, Request, Response } from 'express';
import { timingSafeEqual } from 'node:crypto';
import type { FlexConfig } from '../../config/config.js';
import type { Metrics } from './metrics.js';

const sameToken = (given: string, expected: string) => {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

/**
 * GET /metrics, Prometheus' text format. With FLEX_METRICS_TOKEN: only with
 * `Authorization: Bearer <token>` (401 otherwise). Without it: open on a local install, and
 * not served at all in production (404), so a forgotten token never exposes the numbers.
 */
export function mountMetrics(server: Express, metrics: Metrics, config: Pick<FlexConfig, 'metricsToken' | 'production'>): void {
  const token = config.metricsToken;
  if (!token && config.production) {
    new Logger('Metrics').warn('FLEX_METRICS_TOKEN is not set: /metrics is off (set it to let Prometheus scrape)');
    return;
  }
  server.get('/metrics', async (req: Request, res: Response) => {
    const [scheme, given] = (req.headers.authorization ?? '').split(' ');
    if (token && !(scheme === 'Bearer' && given && sameToken(given, token))) {
      res.status(401).set('WWW-Authenticate', 'Bearer realm="metrics"').type('text/plain').send('A Bearer token (FLEX_METRICS_TOKEN) is needed\n');
      return;
    }
    res.set('Cache-Control', 'no-store').type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
}
