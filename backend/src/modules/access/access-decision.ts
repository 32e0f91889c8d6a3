/** Why a code does not open the door (SPEC "Crew and access"). */
export enum AccessDenialReason {
  UNKNOWN_CODE = 'UNKNOWN_CODE',
  /** The pass is for a desk of another site than the kiosk's. */
  WRONG_SITE = 'WRONG_SITE',
  REVOKED = 'REVOKED',
  NOT_YET_VALID = 'NOT_YET_VALID',
  EXPIRED = 'EXPIRED',
  SITE_CLOSED = 'SITE_CLOSED',
  BOOKING_CANCELLED = 'BOOKING_CANCELLED',
  KIT_UNAVAILABLE = 'KIT_UNAVAILABLE',
}

export interface AccessFacts {
  /** Null when no pass has this code. */
  pass: { validFrom: Date; validTo: Date; revoked: boolean } | null;
  /** The pass's desk is at another site than the kiosk asking (absent: the same site). */
  wrongSite?: boolean;
  /** The booking still holds its desks (CONFIRMED). */
  bookingLive: boolean;
  /** Today is an open day of the site. */
  siteOpenToday: boolean;
  /** The desk has a kit and it is OPERATIONAL. */
  kitOperational: boolean;
  now: Date;
}

/**
 * The one rule deciding a code, in this order: what the code is (unknown), where (another
 * site's kiosk), what happened
 * to the booking (cancelled says more than the revocation it caused), the pass itself
 * (revoked, not yet, no longer), then today's conditions (site closed, kit down).
 */
export function decideAccess(f: AccessFacts): AccessDenialReason | null {
  if (!f.pass) return AccessDenialReason.UNKNOWN_CODE;
  if (f.wrongSite) return AccessDenialReason.WRONG_SITE;
  if (!f.bookingLive) return AccessDenialReason.BOOKING_CANCELLED;
  if (f.pass.revoked) return AccessDenialReason.REVOKED;
  if (f.now < f.pass.validFrom) return AccessDenialReason.NOT_YET_VALID;
  if (f.now > f.pass.validTo) return AccessDenialReason.EXPIRED;
  if (!f.siteOpenToday) return AccessDenialReason.SITE_CLOSED;
  if (!f.kitOperational) return AccessDenialReason.KIT_UNAVAILABLE;
  return null;
}
