import '../src/database/pg-types.js';
import { INestApplication } from '@nestjs/common';
import { AddressInfo } from 'node:net';
import { relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { ensureBaseData } from '../../seeds/base/index.js';
import { ensureDemoData } from '../../seeds/demo/index.js';
import { DEMO_MANAGER_PASSWORD } from '../../seeds/demo/studios-bookings.js';
import { createApp } from '../src/bootstrap.js';
import { Clock } from '../src/common/time/clock.js';
import { addDays, isoWeekday, LocalDate, monthBounds } from '../src/common/time/dates.js';
import { loadConfig } from '../src/config/config.js';
import { BenchFailure, errorCode, GqlAnswer, GqlClient } from './client.js';
import { calendarRenderReport } from './calendar-render.js';
import { lighthouseReport } from './lighthouse.js';
import { adminQuery, benchDatabaseName, BenchServer, openCountedDatabase, QueryCounter, startServer, withDatabase } from './database.js';
import { generate, Size, sizesFromEnv } from './generate.js';
import * as Q from './operations.js';
import { describeMachine, Machine, markdown, SizeResult, writeResults } from './report.js';
import { sideBySide } from './side-by-side.js';
import { bookDesksThroughput } from './throughput.js';
import { mb, measure, round, summarize, table } from './stats.js';

/*
 * `npm run bench`: the real app on a fresh database with the demo data, called over HTTP.
 * Every figure is a ratio measured side by side in this run; only a correctness failure
 * (a double booking, a wrong answer) makes it exit non-zero, never a timing.
 */

const OPERATOR_EMAIL = 'operator@studioflex.fr';
const OPERATOR_PASSWORD = 'studioflex';
const MANAGER_EMAIL = 'manager@lucioles-animation.fr';

function intFromEnv(name: string, fallback: number, min: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be a whole number ≥ ${min} (got "${raw}")`);
  return value;
}

const ITERATIONS = intFromEnv('BENCH_ITERATIONS', 50, 1);
const WARMUP = intFromEnv('BENCH_WARMUP', 3, 0);
/** Round trips per figure of the side-by-side table (each size). */
const SIDE_ITERATIONS = intFromEnv('BENCH_SIDE_ITERATIONS', 20, 1);
/** Bookings each of the 8 throughput clients makes, one after the other. */
const THROUGHPUT_BOOKINGS = intFromEnv('BENCH_THROUGHPUT_BOOKINGS', 25, 1);
const MEMORY_CALLS = intFromEnv('BENCH_MEMORY_CALLS', 500, 1);
const CONCURRENT = intFromEnv('BENCH_CONCURRENT', 50, 2);
/** A race request unanswered after this long counts as hung (the app stopped answering). */
const REQUEST_TIMEOUT_MS = intFromEnv('BENCH_REQUEST_TIMEOUT_MS', 30_000, 1_000);
/** `lighthouse`: only the front end's weight and Lighthouse scores, none of the API figures. */
const ONLY = process.env.BENCH_ONLY ?? '';
if (ONLY !== '' && ONLY !== 'lighthouse') throw new Error(`BENCH_ONLY must be "lighthouse" or unset (got "${ONLY}")`);
/** Desks contended in the race: 5 pairs, each wanted by CONCURRENT / 5 requests. */
const CONTENDED_PAIRS = 5;

const log = (message: string) => process.stdout.write(`${message}\n`);
const gc = (globalThis as { gc?: () => void }).gc;
function collect(): void {
  if (!gc) return;
  gc();
  gc();
}

interface OperationResult {
  operation: string;
  actor: string;
  medianMs: number;
  p95Ms: number;
  ratioToBaseline: number;
  dbQueries: number | null;
}

interface Context {
  client: GqlClient;
  counter: QueryCounter;
  /** A connection of the bench's own, outside the app's pool: the SQL floor and the checks. */
  sql: pg.Client;
  operator: string;
  manager: string;
  managerStudioId: string;
  studios: Array<{ id: string; name: string; isNew: boolean }>;
  today: LocalDate;
  monday: LocalDate;
}

const failures: string[] = [];
function check(ok: boolean, message: string): void {
  if (!ok) failures.push(message);
  log(`  ${ok ? 'OK  ' : 'FAIL'} ${message}`);
}

/** Week w from this week's Monday (0: this week). */
const week = (ctx: Context, w: number) => addDays(ctx.monday, 7 * w);
const quarter = (ctx: Context) => {
  const first = monthBounds(ctx.today.slice(0, 7)).first;
  return { from: first, to: monthBounds(addDays(first, 62).slice(0, 7)).last };
};

async function operationTable(ctx: Context): Promise<OperationResult[]> {
  const { client, operator, manager } = ctx;
  const q = quarter(ctx);
  const tripWeek = week(ctx, 12);
  let trip = 0;
  const ops: Array<{ name: string; actor: string; run: () => Promise<unknown> }> = [
    { name: 'me { id } (baseline)', actor: 'operator', run: () => client.ok('me', Q.ME, {}, operator) },
    { name: `deskCalendar quarter (${q.from}…${q.to})`, actor: 'operator', run: () => client.ok('deskCalendar', Q.DESK_CALENDAR, q, operator) },
    { name: 'deskCalendar quarter, anonymised view', actor: 'manager', run: () => client.ok('deskCalendar', Q.DESK_CALENDAR, q, manager) },
    {
      name: 'availability year',
      actor: 'operator',
      run: () => client.ok('availability', Q.AVAILABILITY, { from: addDays(ctx.today, -182), to: addDays(ctx.today, 182) }, operator),
    },
    {
      name: 'freeDesks month',
      actor: 'manager',
      run: () => client.ok('freeDesks', Q.FREE_DESKS, { from: ctx.today, to: addDays(ctx.today, 29) }, manager),
    },
    {
      name: 'bookingQuote 6 desks, 2 weeks',
      actor: 'manager',
      run: () =>
        client.ok('bookingQuote', Q.BOOKING_QUOTE, { input: { studioId: ctx.managerStudioId, deskCount: 6, startDate: week(ctx, 2), endDate: addDays(week(ctx, 3), 4) } }, manager),
    },
    {
      name: 'bookDesks + cancelBooking (2 requests)',
      actor: 'manager',
      run: async () => {
        trip++;
        const input = { studioId: ctx.managerStudioId, productionName: `Banc d'essai ${trip}`, deskCount: 2, startDate: tripWeek, endDate: addDays(tripWeek, 11) };
        const booked = await client.ok<{ bookDesks: { id: string } }>('bookDesks', Q.BOOK_DESKS, { input }, manager);
        await client.ok('cancelBooking', Q.CANCEL_BOOKING, { id: booked.bookDesks.id }, manager);
      },
    },
    { name: 'dailyBoard today', actor: 'operator', run: () => client.ok('dailyBoard', Q.DAILY_BOARD, { date: ctx.today }, operator) },
    {
      name: `generateInvoices ${ctx.today.slice(0, 7)}`,
      actor: 'operator',
      run: () => client.ok('generateInvoices', Q.GENERATE_INVOICES, { month: ctx.today.slice(0, 7) }, operator),
    },
    {
      name: 'co2Report year, all studios',
      actor: 'operator',
      run: () => client.ok('co2Report', Q.CO2_REPORT, { from: addDays(ctx.today, -364), to: ctx.today }, operator),
    },
  ];
  const results: OperationResult[] = [];
  let baseline = NaN;
  for (const op of ops) {
    const timing = await measure(op.run, ITERATIONS, WARMUP);
    const before = ctx.counter.count;
    await op.run();
    const dbQueries = ctx.counter.count - before;
    if (Number.isNaN(baseline)) baseline = timing.medianMs;
    results.push({
      operation: op.name,
      actor: op.actor,
      medianMs: round(timing.medianMs),
      p95Ms: round(timing.p95Ms),
      ratioToBaseline: round(timing.medianMs / baseline, 1),
      dbQueries,
    });
    log(`  ${op.name}: median ${round(timing.medianMs)} ms`);
  }
  return results;
}

/** (a) The operator's quarter calendar through the API vs the same answer in one SQL read. */
async function apiVersusSql(ctx: Context) {
  const q = quarter(ctx);
  const { sql } = ctx;
  const api = () => ctx.client.ok<{ deskCalendar: Array<{ blocks: unknown[] }> }>('deskCalendar', Q.DESK_CALENDAR, q, ctx.operator);
  const raw = () => sql.query(Q.DESK_CALENDAR_SQL, [q.from, q.to, new Date()]);
  const apiAnswer = await api();
  const rawAnswer = await raw();
  const apiBlocks = apiAnswer.deskCalendar.reduce((n, row) => n + row.blocks.length, 0);
  const rawBlocks = rawAnswer.rows.reduce((n: number, row: { blocks: unknown[] }) => n + row.blocks.length, 0);
  check(
    apiAnswer.deskCalendar.length === rawAnswer.rowCount && apiBlocks === rawBlocks,
    `the API calendar and the SQL read agree (${apiAnswer.deskCalendar.length} desks, ${apiBlocks} blocks vs ${rawAnswer.rowCount} desks, ${rawBlocks} blocks)`,
  );
  for (let i = 0; i < WARMUP; i++) await Promise.all([api(), raw()]).catch(() => undefined);
  // Interleaved, so both see the same machine load.
  const apiSamples: number[] = [];
  const sqlSamples: number[] = [];
  for (let i = 0; i < ITERATIONS; i++) {
    let start = performance.now();
    await api();
    apiSamples.push(performance.now() - start);
    start = performance.now();
    await raw();
    sqlSamples.push(performance.now() - start);
  }
  const a = summarize(apiSamples);
  const s = summarize(sqlSamples);
  return {
    range: q,
    desks: rawAnswer.rowCount,
    blocks: rawBlocks,
    apiMedianMs: round(a.medianMs),
    apiP95Ms: round(a.p95Ms),
    sqlMedianMs: round(s.medianMs),
    sqlP95Ms: round(s.p95Ms),
    apiToSqlRatio: round(a.medianMs / s.medianMs, 1),
    apiOverheadMs: round(a.medianMs - s.medianMs),
  };
}

interface RaceRun {
  mode: 'concurrent' | 'sequential';
  from: LocalDate;
  to: LocalDate;
  requests: number;
  totalMs: number;
  requestsPerSecond: number;
  latency: { medianMs: number; p95Ms: number };
  won: number;
  refusedDeskUnavailable: number;
  timedOut: number;
  otherErrors: string[];
}

/**
 * (b) CONCURRENT bookDesks for 5 pairs of desks over the same two weeks (CONCURRENT / 5
 * requests per pair, from different studios), against the same requests one after the other.
 */
async function bookingRace(ctx: Context) {
  const concurrentFrom = week(ctx, 16);
  const sequentialFrom = week(ctx, 19);
  const periods = { concurrent: { from: concurrentFrom, to: addDays(concurrentFrom, 11) }, sequential: { from: sequentialFrom, to: addDays(sequentialFrom, 11) } };
  const free = await ctx.client.ok<{ freeDesks: Array<{ id: string; code: string }> }>(
    'freeDesks',
    Q.FREE_DESKS,
    { from: periods.concurrent.from, to: periods.sequential.to },
    ctx.operator,
  );
  if (free.freeDesks.length < CONTENDED_PAIRS * 2) throw new BenchFailure(`Not enough free desks for the race (${free.freeDesks.length})`);
  const desks = free.freeDesks.slice(0, CONTENDED_PAIRS * 2);
  const pairs = Array.from({ length: CONTENDED_PAIRS }, (_, i) => [desks[2 * i], desks[2 * i + 1]]);
  const studios = ctx.studios.filter((s) => !s.isNew);
  const input = (i: number, from: LocalDate, to: LocalDate) => ({
    studioId: studios[i % studios.length].id,
    productionName: `Course aux postes ${i + 1}`,
    deskIds: pairs[i % CONTENDED_PAIRS].map((d) => d.id),
    startDate: from,
    endDate: to,
  });
  const call = async (i: number, from: LocalDate, to: LocalDate) => {
    const start = performance.now();
    const answer = await ctx.client.post<{ bookDesks: { id: string } }>(Q.BOOK_DESKS, { input: input(i, from, to) }, ctx.operator, REQUEST_TIMEOUT_MS);
    return { i, answer, ms: performance.now() - start };
  };
  const summarizeRun = (mode: RaceRun['mode'], from: LocalDate, to: LocalDate, totalMs: number, calls: Array<{ i: number; answer: GqlAnswer; ms: number }>): RaceRun => {
    const lat = summarize(calls.map((c) => c.ms));
    const won = calls.filter((c) => !c.answer.errors?.length && c.answer.data?.bookDesks);
    const refused = calls.filter((c) => errorCode(c.answer) === 'DESK_UNAVAILABLE');
    const timedOut = calls.filter((c) => errorCode(c.answer) === 'TIMEOUT').length;
    check(timedOut === 0, `${mode}: every request was answered within ${REQUEST_TIMEOUT_MS / 1000} s (${timedOut} hung)`);
    const other = calls.filter((c) => !won.includes(c) && !refused.includes(c)).map((c) => `${errorCode(c.answer) ?? `HTTP ${c.answer.status}`}: ${c.answer.errors?.[0]?.message}`);
    // Exactly one request per pair got it.
    const wonPerPair = pairs.map((_, p) => won.filter((c) => c.i % CONTENDED_PAIRS === p).length);
    check(wonPerPair.every((n) => n === 1), `${mode}: exactly one request won each pair of desks (wins per pair: ${wonPerPair.join(', ')})`);
    check(other.length === 0, `${mode}: every loser was refused with DESK_UNAVAILABLE (${refused.length} refused${other.length ? `; other answers: ${other.slice(0, 3).join(' | ')}` : ''})`);
    return {
      mode,
      from,
      to,
      requests: calls.length,
      totalMs: round(totalMs),
      requestsPerSecond: round((calls.length / totalMs) * 1000, 1),
      latency: { medianMs: round(lat.medianMs), p95Ms: round(lat.p95Ms) },
      won: won.length,
      refusedDeskUnavailable: refused.length,
      timedOut,
      otherErrors: other,
    };
  };
  const holdersCheck = async (mode: string, from: LocalDate, to: LocalDate) => {
    const { rows } = await ctx.sql.query<{ deskId: string; day: string; holders: number }>(Q.HOLDERS_PER_DESK_DAY_SQL, [from, to, new Date(), desks.map((d) => d.id)]);
    const wrong = rows.filter((r) => r.holders !== 1);
    check(wrong.length === 0, `${mode}: each of the ${desks.length} desks is held by exactly one live booking on each of the ${rows.length / desks.length} days (${wrong.length} desk-days otherwise)`);
  };

  let start = performance.now();
  const sequentialCalls = [];
  for (let i = 0; i < CONCURRENT; i++) sequentialCalls.push(await call(i, periods.sequential.from, periods.sequential.to));
  const sequential = summarizeRun('sequential', periods.sequential.from, periods.sequential.to, performance.now() - start, sequentialCalls);
  await holdersCheck('sequential', periods.sequential.from, periods.sequential.to);

  start = performance.now();
  const concurrentCalls = await Promise.all(Array.from({ length: CONCURRENT }, (_, i) => call(i, periods.concurrent.from, periods.concurrent.to)));
  const concurrent = summarizeRun('concurrent', periods.concurrent.from, periods.concurrent.to, performance.now() - start, concurrentCalls);
  await holdersCheck('concurrent', periods.concurrent.from, periods.concurrent.to);

  const [{ overlaps }] = (await ctx.sql.query<{ overlaps: number }>(Q.OVERLAPPING_LIVE_HOLDS_SQL, [new Date()])).rows;
  check(overlaps === 0, `the database holds no overlapping live bookings (${overlaps} overlapping pairs)`);
  return {
    desks: desks.map((d) => d.code),
    requestsPerPair: CONCURRENT / CONTENDED_PAIRS,
    concurrent,
    sequential,
    throughputRatio: round(sequential.totalMs / concurrent.totalMs, 2),
    overlappingLiveHolds: overlaps,
    appStuck: concurrent.timedOut + sequential.timedOut > 0,
  };
}

/** (c) Memory before and after MEMORY_CALLS quarter calendars (after a full GC when --expose-gc). */
async function memoryGrowth(ctx: Context) {
  const q = quarter(ctx);
  const call = () => ctx.client.ok('deskCalendar', Q.DESK_CALENDAR, q, ctx.operator);
  for (let i = 0; i < 20; i++) await call();
  collect();
  const before = process.memoryUsage();
  const start = performance.now();
  for (let i = 0; i < MEMORY_CALLS; i++) await call();
  const elapsedMs = performance.now() - start;
  collect();
  const after = process.memoryUsage();
  return {
    calls: MEMORY_CALLS,
    gcExposed: !!gc,
    elapsedMs: round(elapsedMs),
    rssBeforeMb: mb(before.rss),
    rssAfterMb: mb(after.rss),
    rssGrowthRatio: round(after.rss / before.rss, 3),
    heapBeforeMb: mb(before.heapUsed),
    heapAfterMb: mb(after.heapUsed),
    heapGrowthRatio: round(after.heapUsed / before.heapUsed, 3),
    heapGrowthPerCallKb: round((after.heapUsed - before.heapUsed) / MEMORY_CALLS / 1024, 2),
  };
}

/** Waits for `work` at most `ms`, ignoring its failure (teardown must not hang the run). */
async function settleWithin(work: Promise<unknown> | undefined, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([work?.catch(() => undefined), new Promise((resolve) => (timer = setTimeout(resolve, ms)))]);
  clearTimeout(timer);
}

/** The first size's database, before its data is generated: the demo data's sections (operations, API vs SQL, race, memory, Lighthouse). */
async function demoSections(ctx: Context, port: number) {
  if (ONLY === 'lighthouse') return { appStuck: false, demo: { lighthouse: await lighthouseReport(`http://127.0.0.1:${port}`, ctx.operator, log) } };
  log('\nOperations on the demo data (warm, one after the other):');
  const operations = await operationTable(ctx);
  log('\n(a) deskCalendar quarter: API vs one SQL read');
  const apiVsSql = await apiVersusSql(ctx);
  log(`\n(b) ${CONCURRENT} bookDesks on ${CONTENDED_PAIRS} pairs of desks, same two weeks: concurrent vs sequential`);
  const race = await bookingRace(ctx);
  log(`\n(c) memory over ${MEMORY_CALLS} deskCalendar quarter calls`);
  // An app that stopped answering would hang every call: nothing to measure then.
  const memory = race.appStuck ? null : await memoryGrowth(ctx);
  if (!memory) log('  skipped: the app stopped answering during (b)');
  printDemoSections(operations, apiVsSql, race, memory);
  // Front-end weight and Lighthouse (BENCH_LIGHTHOUSE=0 skips it).
  const lighthouse = process.env.BENCH_LIGHTHOUSE === '0' ? { pages: [], skipped: 'BENCH_LIGHTHOUSE=0' } : await lighthouseReport(`http://127.0.0.1:${port}`, ctx.operator, log);
  if (lighthouse.skipped) log(`\n== (d) Lighthouse skipped: ${lighthouse.skipped}`);
  return { appStuck: race.appStuck, demo: { operations, comparisons: { apiVsSql, bookingRace: race, memory }, lighthouse } };
}

function printDemoSections(operations: OperationResult[], apiVsSql: Awaited<ReturnType<typeof apiVersusSql>>, race: Awaited<ReturnType<typeof bookingRace>>, memory: Awaited<ReturnType<typeof memoryGrowth>> | null) {
  log(`\n== Operations: ${ITERATIONS} iterations, median and p95 of HTTP round trips; ratio = median / baseline median`);
  log(table(['operation', 'as', 'median ms', 'p95 ms', 'x baseline', 'SQL stmts'], operations.map((o) => [o.operation, o.actor, o.medianMs, o.p95Ms, o.ratioToBaseline, o.dbQueries ?? '–'])));
  log(`\n== (a) API overhead: deskCalendar ${apiVsSql.range.from}…${apiVsSql.range.to} (${apiVsSql.desks} desks, ${apiVsSql.blocks} blocks)`);
  log(
    table(
      ['read', 'median ms', 'p95 ms'],
      [
        ['GraphQL API (HTTP, auth, resolvers)', apiVsSql.apiMedianMs, apiVsSql.apiP95Ms],
        ['one raw SQL read (JSON-shaped)', apiVsSql.sqlMedianMs, apiVsSql.sqlP95Ms],
      ],
    ),
  );
  log(`API / SQL floor: ${apiVsSql.apiToSqlRatio}x (${apiVsSql.apiOverheadMs} ms of API overhead per call)`);
  log(`\n== (b) Booking race on desks ${race.desks.join(', ')} (${race.requestsPerPair} requests per pair)`);
  log(
    table(
      ['mode', 'requests', 'total ms', 'req/s', 'median ms', 'p95 ms', 'won', 'refused'],
      [race.sequential, race.concurrent].map((r) => [r.mode, r.requests, r.totalMs, r.requestsPerSecond, r.latency.medianMs, r.latency.p95Ms, r.won, r.refusedDeskUnavailable]),
    ),
  );
  log(`Throughput concurrent / sequential: ${race.throughputRatio}x; overlapping live bookings in the database: ${race.overlappingLiveHolds}`);
  if (memory) {
    log(`\n== (c) Memory over ${memory.calls} deskCalendar quarter calls (${memory.elapsedMs} ms${memory.gcExposed ? ', after a full GC' : ', no forced GC'})`);
    log(
      table(
        ['', 'before MB', 'after MB', 'growth ratio'],
        [
          ['RSS', memory.rssBeforeMb, memory.rssAfterMb, memory.rssGrowthRatio],
          ['heap used', memory.heapBeforeMb, memory.heapAfterMb, memory.heapGrowthRatio],
        ],
      ),
    );
    log(`Heap growth per call: ${memory.heapGrowthPerCallKb} KB`);
  }
}

/** One size: a fresh database (migrated, base and demo data), the demo sections for the first, then generated data and the side-by-side table. */
async function runSize(serverUrl: string, dbName: string, size: Size, first: boolean): Promise<{ result: SizeResult | null; extra: Record<string, unknown>; machine: Machine }> {
  let dataSource: DataSource | undefined;
  let app: INestApplication | undefined;
  let sql: pg.Client | undefined;
  let appStuck = false;
  await adminQuery(serverUrl, `CREATE DATABASE "${dbName}"`);
  try {
    const dbUrl = withDatabase(serverUrl, dbName);
    log(`\n##### Size ${size.name}: database ${dbName}, migrating and adding the base and demo data…`);
    const counter = new QueryCounter();
    dataSource = await openCountedDatabase(dbUrl, counter);
    await ensureBaseData(dataSource, { operatorPassword: OPERATOR_PASSWORD });
    const config = { ...loadConfig({ FLEX_LOG_LEVEL: 'error', FLEX_FRONTEND_DIST: process.env.FLEX_FRONTEND_DIST }), databaseUrl: dbUrl, jobs: false };
    app = await createApp({ dataSource, config, serveFrontend: true });
    await ensureDemoData(app);
    await app.listen(0, '127.0.0.1');
    const { port } = app.getHttpServer().address() as AddressInfo;
    const client = new GqlClient(`http://127.0.0.1:${port}/graphql`);
    const operator = await client.login(OPERATOR_EMAIL, OPERATOR_PASSWORD);
    const manager = await client.login(MANAGER_EMAIL, DEMO_MANAGER_PASSWORD);
    const me = await client.ok<{ me: { studio: { id: string } | null } }>('me', Q.ME_WITH_STUDIO, {}, manager);
    if (!me.me.studio) throw new BenchFailure(`${MANAGER_EMAIL} has no studio`);
    const { studios } = await client.ok<{ studios: Context['studios'] }>('studios', Q.STUDIOS, {}, operator);
    const today = app.get(Clock).today();
    sql = new pg.Client({ connectionString: dbUrl });
    await sql.connect();
    const machine = await describeMachine(sql);
    const ctx: Context = { client, counter, sql, operator, manager, managerStudioId: me.me.studio.id, studios, today, monday: addDays(today, 1 - isoWeekday(today)) };
    let extra: Record<string, unknown> = {};
    if (first && process.env.BENCH_DEMO !== '0') {
      const demo = await demoSections(ctx, port);
      appStuck = demo.appStuck;
      extra = demo.demo;
      if (appStuck) throw new BenchFailure('the app stopped answering during the race');
    }
    if (ONLY === 'lighthouse') return { result: null, extra, machine };
    log(`\nGenerating size ${size.name} (${size.sites} site(s), ${size.studiosPerSite} studios per site, ${size.years} years)…`);
    const generated = await generate(sql, size, today, new Date());
    log(`  ${JSON.stringify(generated)}`);
    log(`\nSide by side at ${size.name}:`);
    // The per-site reads ask for the first site (the demo's, where the demo data is too).
    const { rows: firstSite } = await sql.query<{ id: string }>(`SELECT id FROM site ORDER BY created_at LIMIT 1`);
    const siteVars = { siteId: firstSite[0].id };
    const rows = await sideBySide({ client, counter, sql, operator, today, iterations: SIDE_ITERATIONS, warmup: WARMUP, check, siteVars });
    const { rows: span } = await sql.query<{ d: string }>(`SELECT (max(upper(days)) + 1)::text AS d FROM booking_desk`);
    const throughput = await bookDesksThroughput({ client, counter, dbUrl, sql, operator, freeFrom: span[0].d, perClient: THROUGHPUT_BOOKINGS, check });
    log(`  bookDesks: ${JSON.stringify(throughput)}`);
    // The calendar page in Chromium on the first size's generated site (BENCH_CALENDAR_RENDER=0 skips it).
    if (first && process.env.BENCH_CALENDAR_RENDER !== '0') {
      const desks = Number((await sql.query<{ n: string }>('SELECT count(*) AS n FROM desk WHERE site_id = $1', [siteVars.siteId])).rows[0].n);
      extra.calendarRender = await calendarRenderReport({ base: `http://127.0.0.1:${port}`, sessionToken: operator, from: today, desks, query: `site=${siteVars.siteId}` }, log);
    }
    return { result: { size, generated, rows, throughput }, extra, machine };
  } finally {
    await sql?.end().catch(() => undefined);
    const drop = () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`).catch((e) => log(`Could not drop ${dbName}: ${e}`));
    const close = async () => {
      await settleWithin(app?.close(), 10_000);
      if (dataSource?.isInitialized) await settleWithin(dataSource.destroy(), 10_000);
    };
    // A stuck app holds its connections until the database drop ends them.
    if (appStuck) await drop().then(close);
    else await close().then(drop);
  }
}

async function main(): Promise<number> {
  const started = performance.now();
  const startedAt = new Date();
  const sizes = sizesFromEnv();
  log(`Studio FLEX bench: sizes ${sizes.map((s) => s.name).join(', ')}; ${ITERATIONS} iterations on the demo data, ${SIDE_ITERATIONS} side by side, after ${WARMUP} warm-up calls${gc ? '' : ' (no --expose-gc: memory read without a forced GC)'}`);
  let server: BenchServer | undefined;
  const results: SizeResult[] = [];
  let extra: Record<string, unknown> = {};
  let machine: Machine | undefined;
  const dbName = benchDatabaseName(startedAt);
  try {
    server = await startServer(log);
    for (const [i, size] of sizes.entries()) {
      const out = await runSize(server.url, `${dbName}_${size.name.toLowerCase()}`, size, i === 0);
      if (out.result) results.push(out.result);
      if (i === 0) extra = out.extra;
      machine = out.machine;
      if (ONLY === 'lighthouse') break;
    }
  } catch (e) {
    failures.push(e instanceof Error ? e.message : String(e));
    log(`\nThe bench could not finish: ${e instanceof Error ? (e instanceof BenchFailure ? e.message : (e.stack ?? e.message)) : String(e)}`);
  } finally {
    await server?.stop().catch(() => undefined);
  }
  if (machine && results.length) {
    const meta = { startedAt: startedAt.toISOString(), iterations: SIDE_ITERATIONS, failures, totalSeconds: round((performance.now() - started) / 1000, 1) };
    const md = markdown(machine, results, meta);
    log(`\n${md}`);
    const dir = writeResults(machine, results, meta, extra);
    log(`Results in ${relative(process.cwd(), dir) || dir}/results.md and results.json; ${meta.totalSeconds} s in all.`);
  }
  if (failures.length) {
    log(`\nCORRECTNESS FAILURE:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
    return 1;
  }
  log('Correctness: every check passed.');
  return 0;
}

main().then((code) => process.exit(code));
