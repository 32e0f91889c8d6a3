import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { addDays, LocalDate, monthBounds } from '../src/common/time/dates.js';
import { GqlClient } from './client.js';
import { QueryCounter } from './database.js';
import * as Q from './operations.js';
import { AVAILABILITY_JSON_SQL, BOOKINGS, calendarDigest, DESK_CALENDAR_JSON_SQL, firstDifference } from './operations-sql.js';
import { round, summarize } from './stats.js';

/*
 * One size's side-by-side table: each read through the API (HTTP round trips, median and
 * p95), beside one hand-written SQL statement returning the same JSON where there is one,
 * with the statements the app sent per request counted on its connection.
 */

export interface SideRow {
  operation: string;
  apiMedianMs: number;
  apiP95Ms: number;
  sqlMedianMs: number | null;
  sqlP95Ms: number | null;
  apiToSql: number | null;
  statements: number;
}

export interface SideContext {
  client: GqlClient;
  counter: QueryCounter;
  sql: pg.Client;
  operator: string;
  today: LocalDate;
  iterations: number;
  warmup: number;
  check: (ok: boolean, message: string) => void;
  /** Extra variables of the per-site reads (siteId once sites are in the product). */
  siteVars: { siteId?: string };
}

interface Op {
  name: string;
  api: () => Promise<unknown>;
  sql?: () => Promise<unknown>;
  verify?: () => Promise<void>;
}

async function timeInterleaved(ctx: SideContext, op: Op) {
  for (let i = 0; i < ctx.warmup; i++) {
    await op.api();
    if (op.sql) await op.sql();
  }
  const api: number[] = [];
  const raw: number[] = [];
  for (let i = 0; i < ctx.iterations; i++) {
    let t = performance.now();
    await op.api();
    api.push(performance.now() - t);
    if (op.sql) {
      t = performance.now();
      await op.sql();
      raw.push(performance.now() - t);
    }
  }
  const before = ctx.counter.count;
  await op.api();
  const statements = ctx.counter.count - before;
  const a = summarize(api);
  const s = op.sql ? summarize(raw) : null;
  return { apiMedianMs: round(a.medianMs), apiP95Ms: round(a.p95Ms), sqlMedianMs: s && round(s.medianMs), sqlP95Ms: s && round(s.p95Ms), apiToSql: s && round(a.medianMs / s.medianMs, 1), statements };
}

function quarterOf(today: LocalDate) {
  const first = monthBounds(today.slice(0, 7)).first;
  return { from: first, to: monthBounds(addDays(first, 62).slice(0, 7)).last };
}

export async function sideBySide(ctx: SideContext): Promise<SideRow[]> {
  const { client, operator, sql, today } = ctx;
  const now = () => new Date();
  const quarter = { ...quarterOf(today), ...ctx.siteVars };
  const year = { from: addDays(today, -182), to: addDays(today, 182), ...ctx.siteVars };
  const calendarApi = (v: typeof quarter) => () => client.ok<{ deskCalendar: any[] }>('deskCalendar', Q.DESK_CALENDAR, v, operator);
  const calendarSql = (v: typeof quarter) => () => sql.query<{ doc: string }>(DESK_CALENDAR_JSON_SQL, [v.from, v.to, now(), ctx.siteVars.siteId ?? null]);
  const verifyCalendar = (label: string, v: typeof quarter) => async () => {
    const api = (await calendarApi(v)()).deskCalendar;
    const raw = JSON.parse((await calendarSql(v)()).rows[0].doc);
    const diff = firstDifference(calendarDigest(api), calendarDigest(raw));
    const blocks = api.reduce((n: number, r: { blocks: unknown[] }) => n + r.blocks.length, 0);
    ctx.check(diff === null, `${label}: the API and the SQL statement agree (${api.length} desks, ${blocks} blocks)${diff ? `: ${diff}` : ''}`);
  };
  const availabilityApi = () => client.ok<{ availability: any[] }>('availability', Q.AVAILABILITY, year, operator);
  const availabilitySql = () => sql.query<{ doc: string }>(AVAILABILITY_JSON_SQL, [year.from, year.to, now(), ctx.siteVars.siteId ?? null]);
  const month = today.slice(0, 7);
  const ops: Op[] = [
    { name: 'deskCalendar quarter', api: calendarApi(quarter), sql: calendarSql(quarter), verify: verifyCalendar('deskCalendar quarter', quarter) },
    { name: 'deskCalendar year', api: calendarApi(year), sql: calendarSql(year), verify: verifyCalendar('deskCalendar year', year) },
    {
      name: 'availability year',
      api: availabilityApi,
      sql: availabilitySql,
      verify: async () => {
        const api = JSON.stringify((await availabilityApi()).availability);
        const raw = JSON.stringify(JSON.parse((await availabilitySql()).rows[0].doc));
        ctx.check(api === raw, `availability year: the API and the SQL statement agree (${year.from}…${year.to})${api === raw ? '' : `: ${api.slice(0, 160)} vs ${raw.slice(0, 160)}`}`);
      },
    },
    { name: 'bookings list (quarter, one site, not paged)', api: () => client.ok('bookings', BOOKINGS, quarter, operator) },
    { name: 'dailyBoard today', api: () => client.ok('dailyBoard', Q.DAILY_BOARD, { date: today, ...ctx.siteVars }, operator) },
    { name: `generateInvoices ${month}`, api: () => client.ok('generateInvoices', Q.GENERATE_INVOICES, { month }, operator) },
    { name: 'co2Report year (one site)', api: () => client.ok('co2Report', Q.CO2_REPORT, { from: addDays(today, -364), to: today, ...ctx.siteVars }, operator) },
  ];
  const rows: SideRow[] = [];
  for (const op of ops) {
    if (op.verify) await op.verify();
    const t = await timeInterleaved(ctx, op);
    rows.push({ operation: op.name, ...t });
    process.stdout.write(`  ${op.name}: API ${t.apiMedianMs} ms${t.sqlMedianMs !== null ? `, SQL ${t.sqlMedianMs} ms (${t.apiToSql}x)` : ''}, ${t.statements} statements\n`);
  }
  return rows;
}
