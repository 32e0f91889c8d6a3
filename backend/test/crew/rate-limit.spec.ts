import { DOOR_ATTEMPTS_PER_MINUTE } from '../../src/modules/access/access.service.js';
import { createTestApp, RawOperation, operationText, TestApp } from '../harness.js';
import { OPS } from './crew-world.js';

/** The door is public (kiosks have no account) and limited per client address. */
describe('the door rate limit', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  // The app trusts X-Forwarded-For from loopback (a reverse proxy): each value is a client address.
  const fromAddress = (address: string, query: RawOperation, variables: Record<string, unknown>) =>
    t.http().post('/graphql').set('X-Forwarded-For', address).send({ query: operationText(query), variables });

  it(`answers an anonymous kiosk ${DOOR_ATTEMPTS_PER_MINUTE} times a minute, then refuses (FORBIDDEN, RATE_LIMITED)`, async () => {
    for (let i = 0; i < DOOR_ATTEMPTS_PER_MINUTE; i++) {
      const res = await fromAddress('203.0.113.7', OPS.verifyAccess, { code: `GUESS-${String(i).padStart(5, '0')}-AAAAA-BBBBB` });
      expect(res.body.data.verifyAccess.reason).toBe('UNKNOWN_CODE');
    }
    for (const [query, name] of [[OPS.verifyAccess, 'verifyAccess'], [OPS.checkIn, 'checkIn'], [OPS.checkOut, 'checkOut']] as const) {
      const res = await fromAddress('203.0.113.7', query, { code: 'AAAAA-AAAAA-AAAAA-AAAAA' });
      expect(res.body.errors[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
      expect(res.body.data?.[name] ?? null).toBeNull();
    }
    // Another kiosk is not affected.
    const other = await fromAddress('203.0.113.8', OPS.verifyAccess, { code: 'AAAAA-AAAAA-AAAAA-AAAAA' });
    expect(other.body.data.verifyAccess.reason).toBe('UNKNOWN_CODE');
  });

  it('lets the minute pass, then answers again', async () => {
    const { Clock } = await import('../../src/common/time/clock.js');
    const clock = t.app.get(Clock);
    clock.travelTo(new Date(Date.now() + 61_000));
    try {
      const res = await fromAddress('203.0.113.7', OPS.verifyAccess, { code: 'AAAAA-AAAAA-AAAAA-AAAAA' });
      expect(res.body.data.verifyAccess.reason).toBe('UNKNOWN_CODE');
    } finally {
      clock.reset();
    }
  });

  it('does not limit the signed-in operator at the front desk', async () => {
    for (let i = 0; i < DOOR_ATTEMPTS_PER_MINUTE + 5; i++) {
      const res = await t.http().post('/graphql').set('X-Forwarded-For', '203.0.113.9').set('Authorization', `Bearer ${t.operatorToken}`).send({ query: operationText(OPS.verifyAccess), variables: { code: 'AAAAA-AAAAA-AAAAA-AAAAA' } });
      expect(res.body.errors).toBeUndefined();
    }
  });
});
