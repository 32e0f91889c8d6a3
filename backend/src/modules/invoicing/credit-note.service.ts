import { Injectable } from '@nestjs/common';
import { assertOperator, isOperator, studioScope } from '../../common/auth/actor.js';
import type { Actor } from '../../common/auth/actor.js';
import { badInput, invalidState, notFound } from '../../common/errors/domain-error.js';
import { formatDocumentNumber, nextDocumentNumber } from '../../common/numbering/next-number.js';
import { Clock } from '../../common/time/clock.js';
import { CreateCreditNoteInput } from './dto/create-credit-note.input.js';
import { CreditNoteEntity, InvoiceStatus } from './invoice.entity.js';
import { InvoicingRepository } from './invoicing.repository.js';
import { IssuedDocumentsService } from './issued-documents.service.js';
import { PaymentService } from './payments/payment.service.js';
import { creditFor } from './rules/credit.js';
import { isMonth } from './rules/month.js';
import { Transactions } from '../../common/database/transactions.js';

export const CREDIT_NOTE_SERIES = 'AV';

/**
 * Credit notes: the only correction of an issued invoice. Without an amount, the rest of the
 * invoice is credited and the invoice is CANCELLED (its desk-days are then no longer covered,
 * so the next generation bills them afresh: cancel, correct, regenerate). With an amount, it
 * is a price reduction: the invoice keeps covering its desk-days.
 */
@Injectable()
export class CreditNoteService {
  constructor(
    private readonly transactions: Transactions,
    private readonly repo: InvoicingRepository,
    private readonly clock: Clock,
    private readonly issuedDocuments: IssuedDocumentsService,
    private readonly payments: PaymentService,
  ) {}

  async create(actor: Actor, input: CreateCreditNoteInput): Promise<CreditNoteEntity> {
    assertOperator(actor);
    const reason = input.reason.trim();
    if (reason.length < 3) throw badInput('reason', 'Say why the invoice is credited');
    return this.transactions.run(async (em) => {
      const invoice = await this.repo.findInvoice(input.invoiceId, null, em, true);
      if (!invoice) throw notFound('Invoice', input.invoiceId);
      if (invoice.status === InvoiceStatus.DRAFT) throw invalidState('A draft is not an invoice yet: generate the month again instead of crediting it');
      if (invoice.status === InvoiceStatus.CANCELLED) throw invalidState(`Invoice ${invoice.number} is already cancelled`);
      const previous = await this.repo.creditNotesOf([invoice.id], em);
      const credit = creditFor(invoice, previous, input.amountExclTaxCents ?? null);
      if (credit.kind === 'nothing-left') throw invalidState(`Invoice ${invoice.number} is already wholly credited`);
      if (credit.kind === 'too-much') {
        throw badInput('amountExclTaxCents', `At most ${credit.remainingExclTaxCents} cents excluding VAT can still be credited on ${invoice.number}`, {
          remainingExclTaxCents: credit.remainingExclTaxCents,
        });
      }
      const today = this.clock.today();
      const year = Number(today.slice(0, 4));
      const n = await nextDocumentNumber(em, CREDIT_NOTE_SERIES, year);
      const note = await this.repo.insertCreditNote(
        {
          number: formatDocumentNumber(CREDIT_NOTE_SERIES, year, n, 5),
          invoiceId: invoice.id,
          studioId: invoice.studioId,
          reason,
          wholeInvoice: input.amountExclTaxCents == null,
          totalExclTaxCents: credit.totalExclTaxCents,
          vatRatePct: invoice.vatRatePct,
          vatCents: credit.vatCents,
          totalInclTaxCents: credit.totalExclTaxCents + credit.vatCents,
          issuedAt: this.clock.now(),
          issueDate: today,
          seller: invoice.seller!,
          buyer: invoice.buyer!,
          issuedById: actor.userId,
        },
        em,
      );
      // Rendered and stored with the credit note, before the invoice's status changes.
      await this.issuedDocuments.freezeCreditNote(note, invoice, em);
      if (input.amountExclTaxCents == null) {
        invoice.status = InvoiceStatus.CANCELLED;
        await this.repo.saveInvoice(invoice, em);
      } else await this.payments.settleAfterCredit(invoice, em);
      return note;
    });
  }

  async list(actor: Actor, studioId?: string | null, invoiceId?: string | null, month?: string | null): Promise<CreditNoteEntity[]> {
    const scope = studioScope(actor, studioId);
    if (month != null && !isMonth(month)) throw badInput('month', 'month must be written YYYY-MM (e.g. 2026-03)');
    return this.repo.listCreditNotes(scope, { invoiceId, month });
  }

  async get(actor: Actor, id: string): Promise<CreditNoteEntity> {
    const note = await this.repo.findCreditNote(id, studioScope(actor));
    if (!note) throw notFound('Credit note', id);
    return note;
  }
}
