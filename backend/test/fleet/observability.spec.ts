import { Logger } from '@nestjs/common';
import express from 'express';
import request from 'supertest';
import { TEST_PASSWORD } from '../../../seeds/factories/index.js';
import { Metrics } from '../../src/common/metrics/metrics.js';
import { mountMetrics } from '../../src/common/metrics/metrics-endpoint.js';
import { JobRegistry } from '../../src/modules/jobs/job-registry.js';
import { JobsService } from '../../src/modules/jobs/jobs.service.js';
import { deskIds, OPS as BOOKING } from '../booking/booking-world.js';
import { makeWorld, OPS as CREW, parisTime } from '../crew/crew-world.js';
import { createTestApp, errorCode, operationText, TestApp } from '../harness.js';
import { draftOf, generate, issue, makeBillableStudio } from '../invoicing/invoicing-world.js';
import { data, JOB_OPS } from './fleet-world.js';
import { parsePrometheusText, Sample, valueOf } from './prometheus-text.js';
import { LoginMailDocument } from '../documents.js';

const METRICS_TOKEN = 'metrics-token-for-the-tests-0123';

/** One app with JSON logs at info level into `lines`, and /metrics behind a token. */
describe('observability: JSON logs without personal data, Prometheus metrics', () => {
  const lines: string[] = [];
  let t: TestApp;
  let w: Awaited<ReturnType<typeof makeWorld>>;
  const secrets: string[] = [TEST_PASSWORD, METRICS_TOKEN];
  const scrape = async (): Promise<Sample[]> => {
    const res = await t.http().get('/metrics').set('Authorization', `Bearer ${METRICS_TOKEN}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    return parsePrometheusText(res.text);
  };
  const logged = () => lines.map((l) => JSON.parse(l) as Record<string, any>);

  beforeAll(async () => {
    t = await createTestApp({ config: { logLevel: 'info', metricsToken: METRICS_TOKEN }, logDestination: { write: (line) => void lines.push(line) } });
    w = await makeWorld(t);
    secrets.push(t.operatorToken, w.token, w.manager.email);
  });
  afterAll(() => t?.close());

  it('refuses /metrics without the token (401), or with another one', async () => {
    expect((await t.http().get('/metrics')).status).toBe(401);
    const wrong = await t.http().get('/metrics').set('Authorization', 'Bearer not-the-token-at-all-000000');
    expect(wrong.status).toBe(401);
    expect(wrong.headers['www-authenticate']).toMatch(/^Bearer/);
  });

  it('counts operations, their latency, errors by code, bookings, check-ins, invoices, job runs and the pool', async () => {
    const before = await scrape();
    const desk = await deskIds(t);
    const input = { studioId: w.studio.id, productionName: 'Compté', startDate: '2027-09-06', endDate: '2027-09-10', deskIds: [desk.D01] };
    data(await t.gql(BOOKING.bookDesks, { input }, w.token));
    expect(errorCode(await t.gql(BOOKING.bookDesks, { input }, w.token))).toBe('DESK_UNAVAILABLE');

    const { code } = await w.staffed('D02', '2027-03-01', '2027-03-05', 'Nora Petit');
    secrets.push(code);
    t.clock.travelTo(parisTime('2027-03-02', '09:10:00'));
    data(await t.gql(CREW.checkIn, { code }, t.operatorToken));

    t.clock.travelTo(new Date('2027-04-02T15:30:00+02:00'));
    const billed = await makeBillableStudio(t);
    await billed.book(['D03'], '2027-03-08', '2027-03-12');
    await issue(t, draftOf(await generate(t, '2027-03'), billed.studio.id)!.id);

    const jobs = t.app.get(JobsService);
    const registry = t.app.get(JobRegistry);
    await jobs.execute(registry.get('users.housekeeping')!, null);
    registry.define({ name: 'test.failing', cron: '0 0 1 1 *', run: () => Promise.reject(new Error('the disk is full')) });
    await expect(jobs.execute(registry.get('test.failing')!, null)).rejects.toThrow('the disk is full');

    const after = await scrape();
    const delta = (name: string, labels?: Record<string, string>) => valueOf(after, name, labels) - valueOf(before, name, labels);
    expect(delta('flex_bookings_created_total')).toBe(1);
    expect(delta('flex_graphql_requests_total', { operation: 'bookDesks', type: 'mutation' })).toBe(2);
    expect(delta('flex_graphql_request_duration_seconds_count', { operation: 'bookDesks' })).toBe(2);
    expect(delta('flex_graphql_request_duration_seconds_sum', { operation: 'bookDesks' })).toBeGreaterThan(0);
    expect(delta('flex_graphql_errors_total', { operation: 'bookDesks', code: 'DESK_UNAVAILABLE' })).toBe(1);
    expect(delta('flex_check_ins_total')).toBe(1);
    expect(delta('flex_invoices_issued_total')).toBe(1);
    expect(delta('flex_job_runs_total', { job: 'users.housekeeping', result: 'completed' })).toBe(1);
    expect(delta('flex_job_runs_total', { job: 'test.failing', result: 'failed' })).toBe(1);
    expect(valueOf(after, 'flex_db_pool_connections', { state: 'total' })).toBeGreaterThanOrEqual(1);
    expect(after.some((s) => s.name === 'flex_db_pool_connections' && s.labels.state === 'waiting')).toBe(true);
    // The operator sees the failure and its reason.
    const failing = data(await t.gql(JOB_OPS.jobs, {}, t.operatorToken)).jobs.find((j: { name: string }) => j.name === 'test.failing');
    expect(failing).toMatchObject({ failures: 1, lastRun: { state: 'FAILED', error: 'the disk is full' } });
  });

  it('logs each request as one JSON line: request id, user, studio, site, operation and duration', async () => {
    const res = await t.http().post('/graphql').set('Authorization', `Bearer ${w.token}`).set('X-Request-Id', 'req-fleet-42').send({ query: operationText(BOOKING.bookings), variables: { from: '2027-09-01', to: '2027-09-30' }, operationName: 'Bookings' });
    expect(res.headers['x-request-id']).toBe('req-fleet-42');
    const line = await waitForLine((l) => l.req?.id === 'req-fleet-42');
    const [{ id: siteId }] = await t.dataSource.query(`SELECT id FROM site`);
    expect(line).toMatchObject({ level: 30, userId: w.manager.id, studioId: w.studio.id, role: 'STUDIO_MANAGER', siteId, operationName: 'Bookings', operation: 'bookings', res: { statusCode: 200 } });
    expect(line.responseTime).toEqual(expect.any(Number));
    expect(line.graphqlMs).toEqual(expect.any(Number));
    expect(line.req).toEqual({ id: 'req-fleet-42', method: 'POST', url: '/graphql' });
    expect(line.msg).toBe(`POST /graphql Bookings 200 in ${line.responseTime} ms`);
    const secretPath = `/feeds/${'Zq8'.repeat(12)}.ics`;
    await t.http().get(`${secretPath}?token=abc&who=someone`).set('X-Request-Id', 'req-fleet-43');
    expect((await waitForLine((l) => l.req?.id === 'req-fleet-43')).req.url).toBe('/feeds/:secret.ics');
    const fresh = await t.http().get('/health/live');
    expect(fresh.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('keeps e-mail addresses, passwords, tokens and access codes out of every line, whoever logs them', async () => {
    const logger = new Logger('Leaky');
    logger.warn(`Could not reach ${w.manager.email} with ${t.operatorToken}`);
    logger.warn({ password: TEST_PASSWORD, email: w.manager.email, msg: 'object with secrets' });
    logger.debug(`debug is below FLEX_LOG_LEVEL=info: ${w.manager.email}`);
    await t.gql(LoginMailDocument, { e: w.manager.email, p: 'wrong-password-123' });
    const leaky = await waitForLine((l) => l.context === 'Leaky' && /object/.test(l.msg));
    expect(leaky.password).toBe('[redacted]');
    expect(logged().find((l) => l.context === 'Leaky' && /Could not reach/.test(l.msg))!.msg).toBe('Could not reach [e-mail] with [token]');
    const all = lines.join('\n');
    for (const secret of [...secrets, 'wrong-password-123']) expect({ secret, found: all.includes(secret) }).toEqual({ secret, found: false });
    expect(all).not.toMatch(/[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z]{2,}/);
    expect(logged().filter((l) => l.level < 30)).toEqual([]);
    expect(logged().some((l) => /debug is below/.test(l.msg))).toBe(false);
  });

  /** Lines are written as the response ends: wait for the one wanted. */
  async function waitForLine(match: (l: Record<string, any>) => boolean): Promise<Record<string, any>> {
    for (let i = 0; i < 100; i++) {
      const found = logged().find(match);
      if (found) return found;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error('no such log line');
  }
});

describe('/metrics when no token is configured', () => {
  const serve = (production: boolean) => {
    const server = express();
    mountMetrics(server, new Metrics(), { production, metricsToken: undefined });
    return request(server).get('/metrics');
  };
  it('is open on a local install', async () => {
    const res = await serve(false);
    expect(res.status).toBe(200);
    expect(parsePrometheusText(res.text).some((s) => s.name === 'flex_process_cpu_seconds_total')).toBe(true);
  });
  it('is not served in production (404)', async () => {
    expect((await serve(true)).status).toBe(404);
  });
});
