import { Logger } from '@nestjs/common';
import type { Express, Response } from 'express';
import express from 'express';
import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';

/** Vite names everything under /assets after its content hash: a new build means new names. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** The page and the few unhashed files (favicon) are revalidated on every visit (ETag). */
const REVALIDATE = 'no-cache';

/** Paths the API answers: never the page. */
const API_PREFIXES = ['/graphql', '/health', '/api/'];

export interface FrontendOptions {
  /** NODE_ENV=production: source maps (*.map) are not served. */
  production: boolean;
}

/**
 * Serves the built front end: hashed assets cached a year as immutable, index.html (also
 * for every client-side route) never cached, and in production no source map. A missing
 * asset is a 404, not the page (a stale tab asking for last build's chunk must not cache HTML).
 */
export function serveFrontend(server: Express, dist: string, options: FrontendOptions): void {
  const index = join(dist, 'index.html');
  if (!existsSync(index)) {
    new Logger('Frontend').warn(`No built front end at ${dist}: run "npm run build" (the API still works).`);
    return;
  }
  const assets = join(dist, 'assets') + sep;
  if (options.production) {
    server.use((req, res, next) => (req.path.endsWith('.map') ? res.status(404).end() : next()));
  }
  server.use(
    express.static(dist, {
      index: false,
      setHeaders: (res: Response, path: string) => res.setHeader('Cache-Control', path.startsWith(assets) ? IMMUTABLE : REVALIDATE),
    }),
  );
  // Client-side routes: any other GET that is not the API nor an asset answers the app's page.
  server.use((req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || API_PREFIXES.some((p) => req.path.startsWith(p)) || req.path.startsWith('/assets/')) return next();
    res.setHeader('Cache-Control', REVALIDATE);
    res.sendFile(index);
  });
}
