import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';

/** One year, the HSTS max-age browsers and preload lists expect. */
const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * The page's Content-Security-Policy. The built front end is one module script and one
 * stylesheet under /assets (no inline script, no inline <style>: React sets style
 * properties through the DOM, which CSP allows); the QR code and the select arrow are
 * data: images; every request goes to this origin.
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/** Strict-Transport-Security only on a request that came over TLS (req.secure: X-Forwarded-Proto from a trusted proxy). */
function hstsOverTls(req: Request, res: Response, next: NextFunction): void {
  if (req.secure) res.setHeader('Strict-Transport-Security', HSTS);
  next();
}

/**
 * helmet's headers for every answer (API, health, assets, the page): CSP, nosniff,
 * frame-ancestors 'none' (and X-Frame-Options DENY for old browsers), Referrer-Policy
 * no-referrer, no X-Powered-By; HSTS only over TLS, so that a plain-HTTP local install
 * is not pinned to HTTPS.
 */
export function securityHeaders(): RequestHandler[] {
  return [
    helmet({
      contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
      frameguard: { action: 'deny' },
      referrerPolicy: { policy: 'no-referrer' },
      strictTransportSecurity: false,
    }),
    hstsOverTls,
  ];
}
