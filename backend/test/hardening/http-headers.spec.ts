import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp, TestApp } from '../harness.js';

/** A built front end as Vite lays it out: index.html, hashed assets and their source maps, an unhashed favicon. */
function fakeBuild(): string {
  const dist = mkdtempSync(join(tmpdir(), 'flex-dist-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><html><head><script type="module" src="/assets/index-Cgqb7XbH.js"></script></head><body><div id="root"></div></body></html>');
  writeFileSync(join(dist, 'assets', 'index-Cgqb7XbH.js'), `console.log(${JSON.stringify('Studio FLEX '.repeat(2_000))});\n`);
  writeFileSync(join(dist, 'assets', 'index-Cgqb7XbH.js.map'), '{"version":3,"sources":["../src/main.tsx"],"mappings":""}');
  writeFileSync(join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  return dist;
}

const ME = { query: '{ __typename }' };
// The operator's 40 desks: big enough to be worth compressing (compression's threshold is 1 kB).
const DESKS = { query: '{ desks { id code zone bookable } }' };

describe('HTTP headers, compression and caching', () => {
  let t: TestApp;
  let dist: string;
  beforeAll(async () => {
    dist = fakeBuild();
    t = await createTestApp({ serveFrontend: true, config: { frontendDist: dist } });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('sends the security headers on the page, the assets, the API and health; never X-Powered-By', async () => {
    const answers = [await t.http().get('/'), await t.http().get('/studios/42'), await t.http().get('/assets/index-Cgqb7XbH.js'), await t.http().post('/graphql').send(ME), await t.http().get('/health')];
    for (const res of answers) {
      expect(res.headers['content-security-policy']).toBe(
        "default-src 'self';script-src 'self';style-src 'self';img-src 'self' data:;font-src 'self';connect-src 'self';object-src 'none';base-uri 'self';form-action 'self';frame-ancestors 'none'",
      );
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['x-powered-by']).toBeUndefined();
      expect(res.headers['strict-transport-security']).toBeUndefined();
    }
  });

  it('sends HSTS only when the request came over TLS through a trusted proxy', async () => {
    // supertest connects from 127.0.0.1: a trusted proxy by default (loopback).
    const viaTls = await t.http().get('/health').set('X-Forwarded-Proto', 'https');
    expect(viaTls.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    const plain = await t.http().get('/health').set('X-Forwarded-Proto', 'http');
    expect(plain.headers['strict-transport-security']).toBeUndefined();
  });

  // supertest (superagent) inflates what it receives: the header says how it travelled.
  it('compresses the API with brotli or gzip, as the client accepts', async () => {
    for (const encoding of ['br', 'gzip']) {
      const res = await t.http().post('/graphql').set('Authorization', `Bearer ${t.operatorToken}`).set('Accept-Encoding', encoding).send(DESKS);
      expect(res.headers['content-encoding']).toBe(encoding);
      expect(res.body.data.desks).toHaveLength(40);
    }
    const none = await t.http().post('/graphql').set('Authorization', `Bearer ${t.operatorToken}`).set('Accept-Encoding', 'identity').send(DESKS);
    expect(none.headers['content-encoding']).toBeUndefined();
    expect(Number(none.headers['content-length'])).toBeGreaterThan(1_000);
  });

  it('compresses the assets', async () => {
    const asset = await t.http().get('/assets/index-Cgqb7XbH.js').set('Accept-Encoding', 'br, gzip');
    expect(asset.headers['content-encoding']).toBe('br');
    expect(asset.text).toContain('Studio FLEX Studio FLEX');
    const gzip = await t.http().get('/assets/index-Cgqb7XbH.js').set('Accept-Encoding', 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
  });

  it('caches hashed assets a year as immutable, never the page', async () => {
    expect((await t.http().get('/assets/index-Cgqb7XbH.js')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const path of ['/', '/index.html', '/calendar', '/favicon.svg']) {
      expect({ path, cache: (await t.http().get(path)).headers['cache-control'] }).toEqual({ path, cache: 'no-cache' });
    }
    // A chunk of another build is missing, not the page (which the browser would run as a script).
    const stale = await t.http().get('/assets/index-0ld0ld00.js');
    expect(stale.status).toBe(404);
    expect(stale.text).not.toContain('<div id="root">');
  });

  it('serves source maps outside production', async () => {
    const map = await t.http().get('/assets/index-Cgqb7XbH.js.map');
    expect(map.status).toBe(200);
    expect(map.text).toContain('"sources"');
  });
});

describe('HTTP in production (NODE_ENV=production)', () => {
  let t: TestApp;
  let dist: string;
  beforeAll(async () => {
    dist = fakeBuild();
    t = await createTestApp({ serveFrontend: true, config: { frontendDist: dist, production: true } });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('serves no source map, nor the page in its place', async () => {
    for (const path of ['/assets/index-Cgqb7XbH.js.map', '/index.js.map', '/assets/missing.css.map']) {
      const res = await t.http().get(path);
      expect({ path, status: res.status }).toEqual({ path, status: 404 });
      expect(res.text).not.toContain('"sources"');
      expect(res.text).not.toContain('<div id="root">');
    }
    expect((await t.http().get('/assets/index-Cgqb7XbH.js')).status).toBe(200);
  });
});

describe('the client address behind a proxy', () => {
  let trusting: TestApp;
  let untrusting: TestApp;
  beforeAll(async () => {
    trusting = await createTestApp();
    untrusting = await createTestApp({ config: { trustedProxies: [] } });
  });
  afterAll(async () => {
    await trusting.close();
    await untrusting.close();
  });

  const VERIFY = 'query($code: String!) { verifyAccess(code: $code) { allowed } }';
  const rateLimited = async (t: TestApp, attempts: number) => {
    let limited = 0;
    for (let i = 0; i < attempts; i++) {
      // Each attempt claims another client address.
      const res = await t.http().post('/graphql').set('X-Forwarded-For', `198.51.100.${i + 1}`).set('X-Forwarded-Proto', 'https').send({ query: VERIFY, variables: { code: 'AAAAA-AAAAA-AAAAA-AAAAA' } });
      if (res.body.errors?.[0]?.extensions?.reason === 'RATE_LIMITED') limited++;
    }
    return limited;
  };

  it('believes X-Forwarded-For and -Proto from a trusted proxy (loopback by default)', async () => {
    const { DOOR_ATTEMPTS_PER_MINUTE } = await import('../../src/modules/access/access.service.js');
    expect(await rateLimited(trusting, DOOR_ATTEMPTS_PER_MINUTE + 5)).toBe(0);
  });

  it('ignores them from any other peer (FLEX_TRUSTED_PROXIES=none): every attempt is the peer’s', async () => {
    const { DOOR_ATTEMPTS_PER_MINUTE } = await import('../../src/modules/access/access.service.js');
    expect(await rateLimited(untrusting, DOOR_ATTEMPTS_PER_MINUTE + 5)).toBe(5);
    const res = await untrusting.http().get('/health').set('X-Forwarded-Proto', 'https');
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });
});
