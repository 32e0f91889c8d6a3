import type { CookieOptions } from 'express';
import type { HttpRequest, HttpResponse } from '../../common/http/http-types.js';

/** The browser's session: out of page scripts' reach (HttpOnly), never sent by another site (SameSite=Strict), Secure behind TLS. */
export const SESSION_COOKIE = 'flex_session';

const options = (req: HttpRequest): CookieOptions => ({ httpOnly: true, sameSite: 'strict', secure: req.secure, path: '/' });

export function setSessionCookie(req: HttpRequest, res: HttpResponse | undefined, token: string, maxAgeMs: number): void {
  res?.cookie(SESSION_COOKIE, token, { ...options(req), maxAge: maxAgeMs });
}

export function clearSessionCookie(req: HttpRequest, res: HttpResponse | undefined): void {
  res?.clearCookie(SESSION_COOKIE, options(req));
}

/** The session token: "Authorization: Bearer …" (API clients), else the session cookie (the browser). */
export function sessionTokenOf(req: HttpRequest): string | undefined {
  const header = req.headers['authorization'];
  if (typeof header === 'string' && header.startsWith('Bearer ')) return header.slice(7).trim() || undefined;
  const cookie = req.cookies?.[SESSION_COOKIE];
  return typeof cookie === 'string' && cookie ? cookie : undefined;
}
