import { describe, expect, it } from 'vitest';
import { checkBookingForm, type BookingFormValues } from '../booking-form';
import { checkContract, initialContractValues, nextTierKey, type ContractRow } from '../contract-form';

describe('the booking dialog asks for a quote only when the form says enough', () => {
  const values: BookingFormValues = { studioId: 's1', production: '', startDate: '2026-03-09', endDate: '2026-03-13', deskCountText: '3', asOption: false };

  it('quotes the desks chosen on the grid', () => {
    expect(checkBookingForm(values, ['d1', 'd2']).quoteInput).toEqual({ studioId: 's1', startDate: '2026-03-09', endDate: '2026-03-13', deskIds: ['d1', 'd2'] });
  });

  it('quotes a number of desks when none were chosen', () => {
    const check = checkBookingForm(values, undefined);
    expect(check).toMatchObject({ byCount: true, deskCount: 3, countValid: true });
    expect(check.quoteInput).toEqual({ studioId: 's1', startDate: '2026-03-09', endDate: '2026-03-13', deskCount: 3 });
  });

  it('waits for a studio, dates in order and 1 to 40 whole desks', () => {
    expect(checkBookingForm({ ...values, studioId: '' }, undefined).quoteInput).toBeNull();
    const backwards = checkBookingForm({ ...values, endDate: '2026-03-08' }, undefined);
    expect(backwards).toMatchObject({ datesValid: true, orderValid: false, quoteInput: null });
    expect(checkBookingForm({ ...values, startDate: '2026-02-30' }, undefined).datesValid).toBe(false);
    for (const count of ['0', '41', '2.5', '', 'deux']) expect(checkBookingForm({ ...values, deskCountText: count }, undefined).countValid).toBe(false);
    expect(checkBookingForm({ ...values, deskCountText: '40' }, undefined).countValid).toBe(true);
    expect(checkBookingForm(values, []).quoteInput).toBeNull();
  });
});

describe('a new contract', () => {
  const latest = {
    id: 'c1', number: 'C-2025-001', status: 'ACTIVE', startDate: '2025-04-01', endDate: '2026-03-31',
    dailyRateCents: 4_500, maxDesks: 12, insurancePolicyRef: 'AXA-123', insuranceExpiresOn: '2026-03-31',
    cancellationNoticeDays: 21, lateCancellationFeePct: 30, createdAt: '', activatedAt: null, terminatedAt: null,
    volumeTiers: [{ fromDeskDays: 200, dailyRateCents: 4_200 }], siteIds: ['site-angouleme', 'site-valence'],
  } as unknown as ContractRow;

  it('renews the latest one from the day after it ends, for a year, on the same terms', () => {
    expect(initialContractValues(latest, '2026-03-04')).toEqual({
      startDate: '2026-04-01',
      endDate: '2027-03-31',
      rate: '45,00',
      maxDesks: '12',
      tiers: [{ key: 0, from: '200', rate: '42,00' }],
      insuranceRef: 'AXA-123',
      insuranceExpiresOn: '2027-03-31',
      noticeDays: '21',
      lateFeePct: '30',
      siteIds: ['site-angouleme', 'site-valence'],
    });
  });

  it('starts today when the latest one is over, with 14 days notice and a 50 % fee by default', () => {
    expect(initialContractValues({ ...latest, endDate: '2025-12-31' }, '2026-03-04')).toMatchObject({ startDate: '2026-03-04', endDate: '2027-03-03' });
    expect(initialContractValues(undefined, '2026-03-04')).toMatchObject({ rate: '', maxDesks: '', tiers: [], noticeDays: '14', lateFeePct: '50' });
  });

  it('sends amounts in cents and whole numbers, the notice and fee left empty as null', () => {
    const values = { ...initialContractValues(latest, '2026-03-04'), rate: '45,5', noticeDays: '', lateFeePct: '' };
    expect(checkContract(values).input).toEqual({
      startDate: '2026-04-01', endDate: '2027-03-31', dailyRateCents: 4_550, maxDesks: 12,
      volumeTiers: [{ fromDeskDays: 200, dailyRateCents: 4_200 }],
      insurancePolicyRef: 'AXA-123', insuranceExpiresOn: '2027-03-31', cancellationNoticeDays: null, lateCancellationFeePct: null,
      siteIds: ['site-angouleme', 'site-valence'],
    });
    // No site ticked: the server's default (the first site), nothing sent.
    expect(checkContract({ ...values, siteIds: [] }).input).not.toHaveProperty('siteIds');
  });

  it('names each field that is wrong and sends nothing', () => {
    const values = { ...initialContractValues(latest, '2026-03-04'), endDate: '2026-03-01', rate: '0', maxDesks: '41', noticeDays: '400', lateFeePct: '101', insuranceRef: ' ', tiers: [{ key: 0, from: '0', rate: '42' }] };
    const check = checkContract(values);
    expect(check.input).toBeNull();
    expect(Object.entries(check.problems).filter(([, wrong]) => wrong).map(([field]) => field).sort()).toEqual(['endDate', 'fee', 'insuranceRef', 'maxDesks', 'notice', 'rate', 'tiers']);
    expect(check.tiers).toEqual([{ fromDeskDays: 0, dailyRateCents: 4_200 }]);
  });

  it('gives each new tier a key of its own', () => {
    expect(nextTierKey([])).toBe(0);
    expect(nextTierKey([{ key: 0, from: '', rate: '' }, { key: 4, from: '', rate: '' }])).toBe(5);
  });
});
