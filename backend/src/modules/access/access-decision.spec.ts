import { AccessDenialReason, AccessFacts, decideAccess } from './access-decision.js';

const pass = { validFrom: new Date('2026-03-02T00:00:00+01:00'), validTo: new Date('2026-03-06T23:59:59+01:00'), revoked: false };
const ok: AccessFacts = { pass, bookingLive: true, siteOpenToday: true, kitOperational: true, now: new Date('2026-03-04T09:00:00+01:00') };

describe('decideAccess', () => {
  it('lets a valid pass in on an open day at an operational desk', () => {
    expect(decideAccess(ok)).toBeNull();
  });

  it('gives each reason of refusal', () => {
    expect(decideAccess({ ...ok, pass: null })).toBe(AccessDenialReason.UNKNOWN_CODE);
    expect(decideAccess({ ...ok, bookingLive: false })).toBe(AccessDenialReason.BOOKING_CANCELLED);
    expect(decideAccess({ ...ok, pass: { ...pass, revoked: true } })).toBe(AccessDenialReason.REVOKED);
    expect(decideAccess({ ...ok, now: new Date('2026-03-01T23:59:59+01:00') })).toBe(AccessDenialReason.NOT_YET_VALID);
    expect(decideAccess({ ...ok, now: new Date('2026-03-07T00:00:00+01:00') })).toBe(AccessDenialReason.EXPIRED);
    expect(decideAccess({ ...ok, siteOpenToday: false })).toBe(AccessDenialReason.SITE_CLOSED);
    expect(decideAccess({ ...ok, kitOperational: false })).toBe(AccessDenialReason.KIT_UNAVAILABLE);
  });

  it('is valid from the first second of the first day to the last second of the last day', () => {
    expect(decideAccess({ ...ok, now: pass.validFrom })).toBeNull();
    expect(decideAccess({ ...ok, now: pass.validTo })).toBeNull();
  });

  it('says the booking was cancelled rather than the revocation that followed it', () => {
    expect(decideAccess({ ...ok, bookingLive: false, pass: { ...pass, revoked: true } })).toBe(AccessDenialReason.BOOKING_CANCELLED);
  });
});
