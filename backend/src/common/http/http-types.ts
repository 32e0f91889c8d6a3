import type { Request, Response } from 'express';

/** What the guard and the resolvers see of Express's request and response. */
export type HttpRequest = Pick<Request, 'headers' | 'secure'> & { cookies?: Record<string, string | undefined> };
export type HttpResponse = Pick<Response, 'cookie' | 'clearCookie'>;
