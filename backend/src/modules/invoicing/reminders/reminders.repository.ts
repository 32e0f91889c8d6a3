import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { PaymentReminderEntity, ReminderKind } from './payment-reminder.entity.js';

/** Reminders sent for overdue invoices: the only place with their SQL. */
@Injectable()
export class RemindersRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The reminders of these invoices with their outbox message (delivery status), oldest first. */
  remindersOf(invoiceIds: readonly string[], em?: EntityManager): Promise<PaymentReminderEntity[]> {
    if (!invoiceIds.length) return Promise.resolve([]);
    return (em ?? this.dataSource.manager)
      .getRepository(PaymentReminderEntity)
      .find({ where: { invoiceId: In([...invoiceIds]) }, relations: { outboxMessage: true }, order: { createdAt: 'ASC' } });
  }

  /**
   * Takes the (invoice, kind) slot: the row is inserted unless one exists, in the caller's
   * transaction. Null when another run already sent (or is sending) this reminder: the unique
   * key has the last word.
   */
  async claim(row: Pick<PaymentReminderEntity, 'invoiceId' | 'kind' | 'sentOn' | 'toAddress' | 'language' | 'balanceDueCents'>, em: EntityManager): Promise<string | null> {
    const rows: Array<{ id: string }> = await em.query(
      `INSERT INTO payment_reminder (invoice_id, kind, sent_on, to_address, language, balance_due_cents)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT ON CONSTRAINT uq_payment_reminder_invoice_kind DO NOTHING
       RETURNING id`,
      [row.invoiceId, row.kind, row.sentOn, row.toAddress, row.language, row.balanceDueCents],
    );
    return rows[0]?.id ?? null;
  }

  async linkMessage(reminderId: string, outboxMessageId: string, em: EntityManager): Promise<void> {
    await em.getRepository(PaymentReminderEntity).update({ id: reminderId }, { outboxMessageId });
  }

  async kindsSent(invoiceIds: readonly string[], em?: EntityManager): Promise<Map<string, ReminderKind[]>> {
    const out = new Map<string, ReminderKind[]>();
    for (const r of await this.remindersOf(invoiceIds, em)) out.set(r.invoiceId, [...(out.get(r.invoiceId) ?? []), r.kind]);
    return out;
  }

  byIds(ids: string[]): Promise<PaymentReminderEntity[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.dataSource.getRepository(PaymentReminderEntity).find({ where: { id: In(ids) }, relations: { outboxMessage: true }, order: { createdAt: 'ASC' } });
  }
}
