import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import type { LocalDate } from '../../../common/time/dates.js';
import { InvoiceEntity, InvoiceStatus } from '../invoice.entity.js';
import type { Scope } from '../invoicing.repository.js';
import { InvoicePaymentEntity } from './payment.entity.js';

/** An issued invoice with what is still due on it. */
export interface InvoiceWithBalance {
  invoice: InvoiceEntity;
  balanceDueCents: number;
}

/** What an invoice still asks for, in SQL: total − credit notes − payments (see payment-rules.ts). */
const BALANCE_SQL = `(i.total_incl_tax_cents
   - coalesce((SELECT sum(c.total_incl_tax_cents) FROM credit_note c WHERE c.invoice_id = i.id), 0)
   - coalesce((SELECT sum(p.amount_cents) FROM invoice_payment p WHERE p.invoice_id = i.id), 0))::int`;

/** Payments received on invoices: the only place with their SQL. Every read takes a scope. */
@Injectable()
export class PaymentsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private em(em?: EntityManager) {
    return em ?? this.dataSource.manager;
  }

  paymentsOf(invoiceIds: readonly string[], em?: EntityManager): Promise<InvoicePaymentEntity[]> {
    if (!invoiceIds.length) return Promise.resolve([]);
    return this.em(em).getRepository(InvoicePaymentEntity).find({ where: { invoiceId: In([...invoiceIds]) }, order: { receivedOn: 'ASC', recordedAt: 'ASC' } });
  }

  insertPayment(row: Omit<InvoicePaymentEntity, 'id' | 'recordedAt' | 'invoice'>, em: EntityManager): Promise<InvoicePaymentEntity> {
    const repo = em.getRepository(InvoicePaymentEntity);
    return repo.save(repo.create(row));
  }

  /** Payments received from `from` to `to` (inclusive, either open), newest first. */
  listPayments(scope: Scope, filter: { invoiceId?: string | null; from?: LocalDate | null; to?: LocalDate | null }, em?: EntityManager): Promise<InvoicePaymentEntity[]> {
    const qb = this.em(em).getRepository(InvoicePaymentEntity).createQueryBuilder('p');
    if (scope) qb.andWhere('p.studioId = :scope', { scope });
    if (filter.invoiceId) qb.andWhere('p.invoiceId = :invoiceId', { invoiceId: filter.invoiceId });
    if (filter.from) qb.andWhere('p.receivedOn >= :from', { from: filter.from });
    if (filter.to) qb.andWhere('p.receivedOn <= :to', { to: filter.to });
    return qb.orderBy('p.receivedOn', 'DESC').addOrderBy('p.recordedAt', 'DESC').limit(5000).getMany();
  }

  /**
   * Issued invoices with something still due, oldest due date first; with `dueBefore`, only
   * those whose due date is before that day (the overdue ones).
   */
  async unpaid(scope: Scope, dueBefore: LocalDate | null, em?: EntityManager): Promise<InvoiceWithBalance[]> {
    const params: unknown[] = [InvoiceStatus.ISSUED];
    let where = `i.status = $1`;
    if (scope) where += ` AND i.studio_id = $${params.push(scope)}`;
    if (dueBefore) where += ` AND i.due_date < $${params.push(dueBefore)}`;
    const rows: Array<{ id: string; balance: number }> = await this.em(em).query(
      `SELECT i.id, ${BALANCE_SQL} AS balance FROM invoice i WHERE ${where} AND ${BALANCE_SQL} > 0 ORDER BY i.due_date, i.number`,
      params,
    );
    if (!rows.length) return [];
    const invoices = new Map((await this.em(em).getRepository(InvoiceEntity).findBy({ id: In(rows.map((r) => r.id)) })).map((i) => [i.id, i]));
    return rows.map((r) => ({ invoice: invoices.get(r.id)!, balanceDueCents: r.balance }));
  }

  /** Sum of what a studio (or every studio) paid from `from` to `to`. */
  async paidBetween(scope: Scope, from: LocalDate, to: LocalDate): Promise<number> {
    const params: unknown[] = [from, to];
    const [row] = await this.em().query(
      `SELECT coalesce(sum(amount_cents), 0)::int AS paid FROM invoice_payment WHERE received_on BETWEEN $1 AND $2${scope ? ` AND studio_id = $${params.push(scope)}` : ''}`,
      params,
    );
    return row.paid;
  }
}
