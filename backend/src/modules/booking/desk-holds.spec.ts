import { KitStatus } from '../kits/kit.entity.js';
import { BookingStatus } from './booking.entity.js';
import { deskBookable, effectiveStatus, hasLiveRows, holdsDesks } from './desk-holds.js';

const now = new Date('2026-03-02T09:00:00+01:00');
const later = new Date(now.getTime() + 3_600_000);
const earlier = new Date(now.getTime() - 3_600_000);

describe('whether a booking holds its desks', () => {
  it('holds them confirmed, or as an option until its expiry (exclusive)', () => {
    expect(holdsDesks({ status: BookingStatus.CONFIRMED, optionExpiresAt: null }, now)).toBe(true);
    expect(holdsDesks({ status: BookingStatus.OPTION, optionExpiresAt: later }, now)).toBe(true);
    expect(holdsDesks({ status: BookingStatus.OPTION, optionExpiresAt: now }, now)).toBe(false);
    expect(holdsDesks({ status: BookingStatus.OPTION, optionExpiresAt: earlier }, now)).toBe(false);
  });

  it('holds nothing cancelled or expired', () => {
    expect(holdsDesks({ status: BookingStatus.CANCELLED, optionExpiresAt: null }, now)).toBe(false);
    expect(holdsDesks({ status: BookingStatus.EXPIRED, optionExpiresAt: earlier }, now)).toBe(false);
  });

  it('reads an option past its expiry as EXPIRED, whose rows stay live until the sweep', () => {
    const stale = { status: BookingStatus.OPTION, optionExpiresAt: earlier };
    expect(effectiveStatus(stale, now)).toBe(BookingStatus.EXPIRED);
    expect(hasLiveRows(stale.status)).toBe(true);
    expect(hasLiveRows(BookingStatus.CANCELLED)).toBe(false);
  });
});

describe('whether a desk can be booked', () => {
  it('needs an operational kit on it', () => {
    expect(deskBookable({ status: KitStatus.OPERATIONAL })).toBe(true);
    expect(deskBookable({ status: KitStatus.MAINTENANCE })).toBe(false);
    expect(deskBookable({ status: KitStatus.RETIRED })).toBe(false);
    expect(deskBookable(null)).toBe(false);
  });
});
