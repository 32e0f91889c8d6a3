import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import pino, { DestinationStream } from 'pino';
import type { Options } from 'pino-http';
import type { FlexConfig } from '../../config/config.js';
import type { Actor } from '../auth/actor.js';
import type { GraphQLLogInfo } from '../graphql/observability.plugin.js';
import { loggableUrl, REDACTED_KEYS, scrubbing } from './log-scrub.js';

interface LoggedRequest extends IncomingMessage {
  /** Express' path before a mounted router (Apollo's) rewrote `url`. */
  originalUrl?: string;
  actor?: Actor;
  graphql?: GraphQLLogInfo;
}

/** Probes and scrapes, every few seconds: not worth a line each. */
const QUIET_PATHS = [/^\/health/, /^\/metrics/, /^\/assets\//];

/** A caller's X-Request-Id is kept when it is a plain short token; otherwise a fresh UUID. */
function requestId(req: IncomingMessage, res: ServerResponse): string {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
  res.setHeader('X-Request-Id', id);
  return id;
}

export interface LogOptions {
  config: Pick<FlexConfig, 'logLevel'>;
  /** Known at start: one database serves one site. */
  siteId?: string;
  /** Where JSON lines go (default stdout); tests pass a stream to read them. */
  destination?: DestinationStream;
}

/**
 * pino-http for nestjs-pino: one JSON line per request (request id, user, studio, site, the
 * GraphQL operation and its duration), app logs in the request's context; no header, body,
 * query string or address is logged, keys naming secrets are redacted and every line is
 * scrubbed of e-mail addresses, tokens and access codes.
 */
export function pinoHttpOptions(options: LogOptions): [Options<LoggedRequest, ServerResponse>, DestinationStream] {
  const destination = scrubbing(options.destination ?? pino.destination({ dest: 1, sync: false }));
  return [
    {
      level: options.config.logLevel,
      base: { siteId: options.siteId },
      messageKey: 'msg',
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACTED_KEYS.flatMap((k) => [k, `*.${k}`]), censor: '[redacted]' },
      genReqId: requestId,
      autoLogging: { ignore: (req) => QUIET_PATHS.some((p) => p.test(req.url ?? '')) },
      serializers: {
        req: (req: { id?: string; method?: string; url?: string; originalUrl?: string }) => ({ id: req.id, method: req.method, url: loggableUrl(req.originalUrl ?? req.url) }),
        res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
        err: (err: Error) => ({ type: err.name, message: err.message, stack: err.stack }),
      },
      customProps: (req) => ({
        userId: req.actor?.userId,
        studioId: req.actor?.studioId ?? undefined,
        role: req.actor?.role,
        operation: req.graphql?.operation,
        operationName: req.graphql?.operationName,
        graphqlMs: req.graphql?.durationMs,
      }),
      customSuccessMessage: (req, res, ms) => `${req.method} ${loggableUrl(req.originalUrl ?? req.url)}${req.graphql ? ` ${req.graphql.operationName ?? req.graphql.operation}` : ''} ${res.statusCode} in ${ms} ms`,
      customErrorMessage: (req, res) => `${req.method} ${loggableUrl(req.originalUrl ?? req.url)} failed with ${res.statusCode}`,
    },
    destination,
  ];
}
