import { Injectable } from '@nestjs/common';
import { DataSource, Between, In, Not } from 'typeorm';
import type { LocalDate } from '../../../common/time/dates.js';
import { CreditNoteEntity, InvoiceEntity, InvoiceStatus } from '../invoice.entity.js';
import { InvoicePaymentEntity } from '../payments/payment.entity.js';
import { AccountingCustomerEntity } from './accounting-customer.entity.js';

/** What the accountant's files read: documents issued and payments received in a period. */
@Injectable()
export class AccountingRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Numbered invoices issued from `from` to `to` (inclusive), in number order. */
  invoicesIssued(from: LocalDate, to: LocalDate): Promise<InvoiceEntity[]> {
    return this.dataSource.getRepository(InvoiceEntity).find({ where: { status: Not(InvoiceStatus.DRAFT), issueDate: Between(from, to) }, order: { issueDate: 'ASC', number: 'ASC' } });
  }

  creditNotesIssued(from: LocalDate, to: LocalDate): Promise<CreditNoteEntity[]> {
    return this.dataSource.getRepository(CreditNoteEntity).find({ where: { issueDate: Between(from, to) }, order: { issueDate: 'ASC', number: 'ASC' } });
  }

  paymentsReceived(from: LocalDate, to: LocalDate): Promise<InvoicePaymentEntity[]> {
    return this.dataSource.getRepository(InvoicePaymentEntity).find({ where: { receivedOn: Between(from, to) }, order: { receivedOn: 'ASC', recordedAt: 'ASC', id: 'ASC' } });
  }

  invoicesByIds(ids: string[]): Promise<InvoiceEntity[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.dataSource.getRepository(InvoiceEntity).findBy({ id: In(ids) });
  }

  /**
   * The studios' auxiliary account codes, given to those without one (C00001, C00002… in the
   * order the studios were created). Serialised by an advisory lock, so two exports at once
   * never hand out the same code (the unique index is the backstop).
   */
  customerCodes(studioIds: string[]): Promise<Map<string, string>> {
    if (!studioIds.length) return Promise.resolve(new Map());
    return this.dataSource.transaction(async (em) => {
      await em.query(`SELECT pg_advisory_xact_lock(hashtext('flex.accounting.customer'))`);
      await em.query(
        `INSERT INTO accounting_customer (studio_id, code)
         SELECT s.id, 'C' || lpad((coalesce((SELECT max(substr(code, 2)::int) FROM accounting_customer), 0)
                                  + row_number() OVER (ORDER BY s.created_at, s.id))::text, 5, '0')
           FROM studio s
          WHERE s.id = ANY($1::uuid[]) AND NOT EXISTS (SELECT 1 FROM accounting_customer a WHERE a.studio_id = s.id)`,
        [studioIds],
      );
      const rows = await em.getRepository(AccountingCustomerEntity).findBy({ studioId: In(studioIds) });
      return new Map(rows.map((r) => [r.studioId, r.code]));
    });
  }
}
