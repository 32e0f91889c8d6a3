import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { projectRoot } from '../src/config/project-root.js';
import type { GeneratedCounts, Size } from './generate.js';
import type { SideRow } from './side-by-side.js';
import type { Throughput } from './throughput.js';

/** What one size gave: the data generated, the side-by-side table, the booking throughput. */
export interface SizeResult {
  size: Size;
  generated: GeneratedCounts;
  rows: SideRow[];
  throughput: Throughput | null;
}

export interface Machine {
  cpu: string;
  cores: number;
  memoryGb: number;
  os: string;
  node: string;
  postgres: string;
}

export async function describeMachine(sql: pg.Client): Promise<Machine> {
  const cpus = os.cpus();
  const { rows } = await sql.query<{ v: string }>(`SELECT current_setting('server_version') AS v`);
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    postgres: rows[0].v,
  };
}

const cell = (v: number | null) => (v === null ? '–' : String(v));

/** The markdown of the latest run: machine, one table per operation and size, throughput. */
export function markdown(machine: Machine, results: SizeResult[], meta: { startedAt: string; iterations: number; failures: string[] }): string {
  const sizes = results.map((r) => r.size.name);
  const lines: string[] = [
    '# Bench results (latest run of `npm run bench`)',
    '',
    `Run ${meta.startedAt}, ${meta.iterations} HTTP round trips per figure after warm-up, one after the other.`,
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB, ${machine.os}; Node ${machine.node}; PostgreSQL ${machine.postgres}.`,
    '',
    '| size | sites | desks | studios | bookings | desk rows | live desk-days | crew assignments | check-ins | invoices | generated in |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...results.map((r) => {
      const g = r.generated;
      return `| ${r.size.name} | ${g.sites} | ${g.desks} | ${g.studios} | ${g.bookings} | ${g.bookingDesks} | ${g.deskDays} | ${g.crewAssignments} | ${g.checkIns} | ${g.invoices} | ${g.seconds} s |`;
    }),
    '',
    'API: median / p95 ms of HTTP round trips as the operator; SQL: one hand-written statement returning the same JSON (median / p95 ms);',
    '×: API median / SQL median; stmts: SQL statements the app sent for one request, counted on its connection.',
    '',
    `| operation | ${sizes.map((s) => `${s} API | ${s} SQL | ${s} × | ${s} stmts`).join(' | ')} |`,
    `| --- | ${sizes.map(() => '---: | ---: | ---: | ---:').join(' | ')} |`,
  ];
  for (const [i, row] of results[0].rows.entries()) {
    const cells = results.map((r) => {
      const x = r.rows[i];
      return `${x.apiMedianMs} / ${x.apiP95Ms} | ${x.sqlMedianMs === null ? '–' : `${x.sqlMedianMs} / ${x.sqlP95Ms}`} | ${cell(x.apiToSql)} | ${x.statements}`;
    });
    lines.push(`| ${row.operation} | ${cells.join(' | ')} |`);
  }
  lines.push('', '| bookDesks, 8 clients on distinct desks | req/s (API) | transactions/s (plain SQL) | API / SQL | statements per booking |', '| --- | ---: | ---: | ---: | ---: |');
  for (const r of results) {
    const t = r.throughput;
    if (t) lines.push(`| ${r.size.name} (${t.clients} × ${t.bookingsPerClient}) | ${t.apiRequestsPerSecond} | ${t.sqlTransactionsPerSecond} | ${t.apiToSql} | ${t.statementsPerBooking} |`);
  }
  lines.push('', meta.failures.length ? `**Correctness failures:** ${meta.failures.join('; ')}` : 'Correctness: every check passed (API answers equal the SQL ones, no desk held twice).', '');
  return lines.join('\n');
}

/** bench/results.md and bench/results.json at the root of the repository. */
export function writeResults(machine: Machine, results: SizeResult[], meta: { startedAt: string; iterations: number; failures: string[] }, extra: Record<string, unknown>): string {
  const dir = join(projectRoot(), 'bench');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'results.md'), markdown(machine, results, meta));
  writeFileSync(join(dir, 'results.json'), `${JSON.stringify({ ...meta, machine, sizes: results, ...extra }, null, 2)}\n`);
  return dir;
}
