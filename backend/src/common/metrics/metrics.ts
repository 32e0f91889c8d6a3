import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type pg from 'pg';

/** Root mutation fields whose success counts a domain event (per instance; Prometheus sums the fleet). */
const EVENT_FIELDS = { bookDesks: 'bookings', checkIn: 'checkIns', issueInvoice: 'invoices' } as const;

/**
 * The app's Prometheus metrics, on a registry of its own (two apps in one process, as in the
 * tests, never share counters). Served at /metrics (see metrics-endpoint.ts).
 */
export class Metrics {
  readonly registry = new Registry();
  readonly graphqlRequests = new Counter({ name: 'flex_graphql_requests_total', help: 'GraphQL operations answered, by root field(s) and type', labelNames: ['operation', 'type'], registers: [this.registry] });
  readonly graphqlDuration = new Histogram({
    name: 'flex_graphql_request_duration_seconds',
    help: 'Time to answer a GraphQL operation, by root field(s)',
    labelNames: ['operation'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  readonly graphqlErrors = new Counter({ name: 'flex_graphql_errors_total', help: 'Errors in GraphQL answers, by code (extensions.code)', labelNames: ['operation', 'code'], registers: [this.registry] });
  readonly jobRuns = new Counter({ name: 'flex_job_runs_total', help: 'Scheduled job attempts run by this instance, by job and result (completed, failed)', labelNames: ['job', 'result'], registers: [this.registry] });
  readonly bookings = new Counter({ name: 'flex_bookings_created_total', help: 'Bookings created (bookDesks)', registers: [this.registry] });
  readonly checkIns = new Counter({ name: 'flex_check_ins_total', help: 'Check-ins at the door (checkIn)', registers: [this.registry] });
  readonly invoices = new Counter({ name: 'flex_invoices_issued_total', help: 'Invoices issued (issueInvoice)', registers: [this.registry] });

  /** `pool`: the database pool, read at each scrape. */
  constructor(pool?: () => pg.Pool | undefined) {
    collectDefaultMetrics({ register: this.registry, prefix: 'flex_' });
    if (pool) {
      new Gauge({
        name: 'flex_db_pool_connections',
        help: 'Database pool connections: total, idle, and clients waiting for one',
        labelNames: ['state'],
        registers: [this.registry],
        collect() {
          const p = pool();
          this.set({ state: 'total' }, p?.totalCount ?? 0);
          this.set({ state: 'idle' }, p?.idleCount ?? 0);
          this.set({ state: 'waiting' }, p?.waitingCount ?? 0);
        },
      });
    }
  }

  /** A successful root mutation field: counts its domain event, if it has one. */
  mutationSucceeded(field: string): void {
    const event = EVENT_FIELDS[field as keyof typeof EVENT_FIELDS];
    if (event) this[event].inc();
  }
}
