import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { BookingEntity, BookingStatus } from '../booking/booking.entity.js';
import { StudioEntity } from '../studios/studio.entity.js';
import { CreditNoteEntity, InvoiceEntity, InvoiceLineEntity, InvoiceStatus } from './invoice.entity.js';
import { BookingToBill, ComputedLine, invoicedKey, InvoiceLineKind } from './rules/invoice-lines.js';
import type { LocalDate } from '../../common/time/dates.js';
import type { Totals } from './rules/money.js';

/** The studio a read is limited to, or null for the operator's "all". */
export type Scope = string | null;

/** A studio's draft of the month to write: `id` of the draft it refreshes, if one exists. */
export interface DraftToSave {
  id?: string;
  studioId: string;
  month: string;
  lines: ComputedLine[];
  totals: Totals;
  vatRatePct: number;
  billableDeskDays: number;
  contractNumbers: string[];
}

export interface InvoiceFilter {
  month?: string | null;
  statuses?: InvoiceStatus[];
  /** Invoices billing a booking at one of these sites; null or absent: every invoice. */
  siteIds?: readonly string[] | null;
}

/** Invoices, their lines and credit notes: the only place with their SQL. Every read takes a scope. */
@Injectable()
export class InvoicingRepository {
  constructor(private readonly dataSource: DataSource) {}

  private em(em?: EntityManager) {
    return em ?? this.dataSource.manager;
  }

  /** Serialises generations of the same month (the partial unique index is the backstop). */
  async lockMonth(month: string, em: EntityManager): Promise<void> {
    await em.query(`SELECT pg_advisory_xact_lock(hashtext('flex.invoicing.month'), hashtext($1))`, [month]);
  }

  /**
   * Every booking that may bill something in [first, last], with its contract's rates and its
   * desks' days: CONFIRMED ones over the month (desks it holds now), CANCELLED ones whose
   * days billed normally or late-fee window reach the month (desks it held when cancelled).
   */
  async billableBookings(first: LocalDate, last: LocalDate, em: EntityManager): Promise<Map<string, BookingToBill[]>> {
    const rows: Array<Record<string, any>> = await em.query(
      `SELECT b.id, b.studio_id, b.reference, b.production_name, b.start_date, b.status, b.billed_through,
              b.late_fee_from, b.late_fee_to, b.late_fee_pct, c.number AS contract_number, c.daily_rate_cents, c.volume_tiers,
              bs.site_id, CASE WHEN (SELECT count(*) FROM site) > 1 THEN bs.name END AS site_name
         FROM booking b JOIN contract c ON c.id = b.contract_id
         LEFT JOIN LATERAL (SELECT d.site_id, s.name FROM booking_desk bd JOIN desk d ON d.id = bd.desk_id JOIN site s ON s.id = d.site_id
                             WHERE bd.booking_id = b.id LIMIT 1) bs ON true
        WHERE (b.status = 'CONFIRMED' AND b.start_date <= $2 AND b.end_date >= $1)
           OR (b.status = 'CANCELLED' AND ((b.billed_through >= $1 AND b.start_date <= $2)
                                        OR (b.late_fee_pct > 0 AND b.late_fee_to >= $1 AND b.late_fee_from <= $2)))`,
      [first, last],
    );
    if (!rows.length) return new Map();
    const desks: Array<{ booking_id: string; code: string; first: LocalDate; last: LocalDate }> = await em.query(
      `SELECT bd.booking_id, d.code, lower(bd.days) AS first, (upper(bd.days) - 1) AS last
         FROM booking_desk bd JOIN booking b ON b.id = bd.booking_id JOIN desk d ON d.id = bd.desk_id
        WHERE bd.booking_id = ANY($1::uuid[]) AND (bd.live OR b.status = 'CANCELLED')
          AND bd.days && daterange($2::date, $3::date, '[]')`,
      [rows.map((r) => r.id), first, last],
    );
    const byBooking = new Map<string, BookingToBill['desks']>();
    for (const d of desks) {
      const list = byBooking.get(d.booking_id) ?? [];
      list.push({ deskCode: d.code, first: d.first, last: d.last });
      byBooking.set(d.booking_id, list);
    }
    const byStudio = new Map<string, BookingToBill[]>();
    for (const r of rows) {
      const list = byStudio.get(r.studio_id) ?? [];
      list.push({
        id: r.id,
        reference: r.reference,
        productionName: r.production_name,
        startDate: r.start_date,
        status: r.status as BookingStatus,
        billedThrough: r.billed_through,
        lateFeeFrom: r.late_fee_from,
        lateFeeTo: r.late_fee_to,
        lateFeePct: r.late_fee_pct,
        contract: { number: r.contract_number, dailyRateCents: r.daily_rate_cents, volumeTiers: r.volume_tiers ?? [] },
        desks: byBooking.get(r.id) ?? [],
        siteId: r.site_id,
        siteName: r.site_name,
      });
      byStudio.set(r.studio_id, list);
    }
    return byStudio;
  }

  /** Desk-days already on issued (or paid) invoices of the month, by studio then booking and kind. */
  async invoicedQuantities(month: string, em: EntityManager): Promise<Map<string, Map<string, number>>> {
    const rows: Array<{ studio_id: string; booking_id: string; kind: InvoiceLineKind; quantity: number }> = await em.query(
      `SELECT i.studio_id, l.booking_id, l.kind, sum(l.quantity)::int AS quantity
         FROM invoice i JOIN invoice_line l ON l.invoice_id = i.id
        WHERE i.month = $1 AND i.status IN ('ISSUED', 'PAID')
        GROUP BY i.studio_id, l.booking_id, l.kind`,
      [month],
    );
    const out = new Map<string, Map<string, number>>();
    for (const r of rows) {
      const m = out.get(r.studio_id) ?? new Map<string, number>();
      m.set(invoicedKey(r.booking_id, r.kind), r.quantity);
      out.set(r.studio_id, m);
    }
    return out;
  }

  /** The month's drafts, locked: an issue waiting on one sees it refreshed (or gone). */
  lockDrafts(month: string, em: EntityManager): Promise<InvoiceEntity[]> {
    return em.getRepository(InvoiceEntity).createQueryBuilder('i').where(`i.month = :month AND i.status = 'DRAFT'`, { month }).setLock('pessimistic_write').getMany();
  }

  /**
   * Writes the month's drafts in set-based statements, whatever the number of studios: drafts
   * with nothing left to bill deleted, the others inserted or refreshed in place (lines
   * replaced, totals recomputed), then read back once, in the order given.
   */
  async saveDrafts(drafts: DraftToSave[], deleteIds: string[], em: EntityManager): Promise<InvoiceEntity[]> {
    const existing = drafts.filter((d) => d.id).map((d) => d.id!);
    if (deleteIds.length || existing.length) {
      await em.query(`DELETE FROM invoice_line WHERE invoice_id = ANY($1::uuid[])`, [existing]);
      if (deleteIds.length) await em.query(`DELETE FROM invoice WHERE id = ANY($1::uuid[]) AND status = 'DRAFT'`, [deleteIds]);
    }
    if (!drafts.length) return [];
    const rows = drafts.map((d) => ({ ...d, id: d.id ?? randomUUID() }));
    await em.query(
      `INSERT INTO invoice (id, studio_id, month, status, number, total_excl_tax_cents, vat_rate_pct, vat_cents, total_incl_tax_cents, billable_desk_days, contract_numbers)
       SELECT x.id, x."studioId", x.month, 'DRAFT', NULL, x."totalExclTaxCents", x."vatRatePct", x."vatCents", x."totalInclTaxCents", x."billableDeskDays", x."contractNumbers"
         FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, "studioId" uuid, month text, "totalExclTaxCents" int, "vatRatePct" int, "vatCents" int,
                                                 "totalInclTaxCents" int, "billableDeskDays" int, "contractNumbers" jsonb)
       ON CONFLICT (id) DO UPDATE SET total_excl_tax_cents = EXCLUDED.total_excl_tax_cents, vat_rate_pct = EXCLUDED.vat_rate_pct, vat_cents = EXCLUDED.vat_cents,
              total_incl_tax_cents = EXCLUDED.total_incl_tax_cents, billable_desk_days = EXCLUDED.billable_desk_days,
              contract_numbers = EXCLUDED.contract_numbers, updated_at = now()
        WHERE invoice.status = 'DRAFT'`,
      [JSON.stringify(rows.map((r) => ({ id: r.id, studioId: r.studioId, month: r.month, ...r.totals, vatRatePct: r.vatRatePct, billableDeskDays: r.billableDeskDays, contractNumbers: r.contractNumbers })))],
    );
    const lines = rows.flatMap((r) => r.lines.map((l, position) => ({ ...l, invoiceId: r.id, position })));
    if (lines.length) {
      await em.query(
        `INSERT INTO invoice_line (invoice_id, position, kind, booking_id, description, quantity, unit_price_cents, amount_cents, period_start, period_end, desk_codes)
         SELECT x."invoiceId", x.position, x.kind, x."bookingId", x.description, x.quantity, x."unitPriceCents", x."amountCents", x."periodStart", x."periodEnd", x."deskCodes"
           FROM jsonb_to_recordset($1::jsonb) AS x("invoiceId" uuid, position smallint, kind text, "bookingId" uuid, description text, quantity int,
                                                   "unitPriceCents" int, "amountCents" int, "periodStart" date, "periodEnd" date, "deskCodes" jsonb)`,
        [JSON.stringify(lines)],
      );
    }
    const saved = new Map((await em.getRepository(InvoiceEntity).findBy({ id: In(rows.map((r) => r.id)) })).map((i) => [i.id, i]));
    return rows.map((r) => saved.get(r.id)!);
  }

  findInvoice(id: string, scope: Scope, em?: EntityManager, lock = false): Promise<InvoiceEntity | null> {
    const qb = this.em(em).getRepository(InvoiceEntity).createQueryBuilder('i').where('i.id = :id', { id });
    if (scope) qb.andWhere('i.studioId = :scope', { scope });
    if (lock) qb.setLock('pessimistic_write');
    return qb.getOne();
  }

  listInvoices(scope: Scope, filter: InvoiceFilter): Promise<InvoiceEntity[]> {
    if (filter.statuses && !filter.statuses.length) return Promise.resolve([]);
    const qb = this.em().getRepository(InvoiceEntity).createQueryBuilder('i').innerJoin(StudioEntity, 's', 's.id = i.studioId');
    if (scope) qb.andWhere('i.studioId = :scope', { scope });
    if (filter.month) qb.andWhere('i.month = :month', { month: filter.month });
    if (filter.statuses) qb.andWhere('i.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter.siteIds) {
      // Invoices with a line for a booking at one of these sites.
      qb.andWhere(
        `EXISTS (SELECT 1 FROM invoice_line l JOIN booking_desk bd ON bd.booking_id = l.booking_id JOIN desk d ON d.id = bd.desk_id
                  WHERE l.invoice_id = i.id AND d.site_id = ANY(:siteIds))`,
        { siteIds: [...filter.siteIds] },
      );
    }
    return qb.orderBy('i.month', 'DESC').addOrderBy('s.name').addOrderBy('i.number', 'ASC', 'NULLS LAST').addOrderBy('i.createdAt').limit(1000).getMany();
  }

  /** The month's drafts, locked, by studio name (the order their numbers follow). */
  draftsOfMonth(month: string, em: EntityManager): Promise<InvoiceEntity[]> {
    return em
      .getRepository(InvoiceEntity)
      .createQueryBuilder('i')
      .innerJoin(StudioEntity, 's', 's.id = i.studioId')
      .where('i.month = :month AND i.status = :status', { month, status: InvoiceStatus.DRAFT })
      .orderBy('s.name')
      .addOrderBy('i.createdAt')
      .setLock('pessimistic_write', undefined, ['i'])
      .getMany();
  }

  /** For loaders: the bookings invoice lines bill. */
  bookingsByIds(ids: readonly string[]): Promise<BookingEntity[]> {
    return this.dataSource.getRepository(BookingEntity).findBy({ id: In([...ids]) });
  }

  invoicesByIds(ids: readonly string[]): Promise<InvoiceEntity[]> {
    return this.em().getRepository(InvoiceEntity).findBy({ id: In([...ids]) });
  }

  linesOf(invoiceIds: readonly string[], em?: EntityManager): Promise<InvoiceLineEntity[]> {
    if (!invoiceIds.length) return Promise.resolve([]);
    return this.em(em).getRepository(InvoiceLineEntity).find({ where: { invoiceId: In([...invoiceIds]) }, order: { invoiceId: 'ASC', position: 'ASC' } });
  }

  saveInvoice(invoice: InvoiceEntity, em: EntityManager): Promise<InvoiceEntity> {
    return em.getRepository(InvoiceEntity).save(invoice);
  }

  studio(id: string, em?: EntityManager): Promise<StudioEntity | null> {
    return this.em(em).getRepository(StudioEntity).findOneBy({ id });
  }

  creditNotesOf(invoiceIds: readonly string[], em?: EntityManager): Promise<CreditNoteEntity[]> {
    if (!invoiceIds.length) return Promise.resolve([]);
    return this.em(em).getRepository(CreditNoteEntity).find({ where: { invoiceId: In([...invoiceIds]) }, order: { issuedAt: 'ASC', number: 'ASC' } });
  }

  findCreditNote(id: string, scope: Scope, em?: EntityManager): Promise<CreditNoteEntity | null> {
    const qb = this.em(em).getRepository(CreditNoteEntity).createQueryBuilder('c').where('c.id = :id', { id });
    if (scope) qb.andWhere('c.studioId = :scope', { scope });
    return qb.getOne();
  }

  listCreditNotes(scope: Scope, filter: { invoiceId?: string | null; month?: string | null }): Promise<CreditNoteEntity[]> {
    const qb = this.em().getRepository(CreditNoteEntity).createQueryBuilder('c').innerJoin(InvoiceEntity, 'i', 'i.id = c.invoiceId');
    if (scope) qb.andWhere('c.studioId = :scope', { scope });
    if (filter.invoiceId) qb.andWhere('c.invoiceId = :invoiceId', { invoiceId: filter.invoiceId });
    if (filter.month) qb.andWhere('i.month = :month', { month: filter.month });
    return qb.orderBy('c.issuedAt', 'DESC').addOrderBy('c.number', 'DESC').limit(1000).getMany();
  }

  insertCreditNote(row: Partial<CreditNoteEntity>, em: EntityManager): Promise<CreditNoteEntity> {
    const repo = em.getRepository(CreditNoteEntity);
    return repo.save(repo.create(row));
  }

  /** For the accountant's export: the month's numbered invoices and their credit notes. */
  async exportRows(scope: Scope, month: string): Promise<{ invoices: InvoiceEntity[]; creditNotes: CreditNoteEntity[] }> {
    const invoices = await this.listInvoices(scope, { month, statuses: [InvoiceStatus.ISSUED, InvoiceStatus.PAID, InvoiceStatus.CANCELLED] });
    const creditNotes = await this.creditNotesOf(invoices.map((i) => i.id));
    return { invoices: invoices.sort((a, b) => (a.number ?? '').localeCompare(b.number ?? '')), creditNotes };
  }
}
