import { Inject, Injectable } from '@nestjs/common';
import { SiteScope } from '../site/site-scope.service.js';
import { EntityManager } from 'typeorm';
import { FLEX_CONFIG } from '../../config/config.js';
import type { FlexConfig } from '../../config/config.js';
import { MailRecipientsRepository } from '../mail/mail-recipients.repository.js';
import { MailService } from '../mail/mail.service.js';
import { invoiceIssuedMail } from './invoice-mail.js';
import { isOperator, studioScope, studioScopeAtSites } from '../../common/auth/actor.js';
import type { Actor } from '../../common/auth/actor.js';
import { assertOperator } from '../../common/auth/actor.js';
import { badInput, DomainError, invalidState, notFound } from '../../common/errors/domain-error.js';
import { formatDocumentNumber, nextDocumentNumber } from '../../common/numbering/next-number.js';
import { Clock } from '../../common/time/clock.js';
import { addDays, LocalDate, monthBounds } from '../../common/time/dates.js';
import { SettingsService } from '../settings/settings.service.js';
import { InvoiceEntity, InvoiceStatus } from './invoice.entity.js';
import { InvoicingRepository } from './invoicing.repository.js';
import { IssuedDocumentsService } from './issued-documents.service.js';
import { PAYMENT_TERM_DAYS } from './printable.js';
import { PaymentService } from './payments/payment.service.js';
import { isMonth } from './rules/month.js';
import { buyerFromStudio, PartyIdentity, SELLER_IDENTITY_KEY, sellerFromSettings } from './seller-identity.js';
import { Transactions } from '../../common/database/transactions.js';

export const INVOICE_SERIES = 'FLEX';

/** Statuses a studio manager may see: never a draft (it is not an invoice yet). */
const VISIBLE_TO_MANAGERS = [InvoiceStatus.ISSUED, InvoiceStatus.PAID, InvoiceStatus.CANCELLED];

@Injectable()
export class InvoiceService {
  constructor(
    private readonly transactions: Transactions,
    private readonly sites: SiteScope,
    private readonly repo: InvoicingRepository,
    private readonly settings: SettingsService,
    private readonly clock: Clock,
    private readonly issuedDocuments: IssuedDocumentsService,
    private readonly payments: PaymentService,
    private readonly mail: MailService,
    private readonly recipients: MailRecipientsRepository,
    @Inject(FLEX_CONFIG) private readonly config: FlexConfig,
  ) {}

  async list(actor: Actor, studioId: string | null | undefined, month: string | null | undefined, status?: InvoiceStatus | null, siteId?: string | null): Promise<InvoiceEntity[]> {
    const scope = studioScopeAtSites(actor, studioId);
    if (month != null && !isMonth(month)) throw badInput('month', 'month must be written YYYY-MM (e.g. 2026-03)');
    let statuses = isOperator(actor) ? undefined : VISIBLE_TO_MANAGERS;
    if (status) statuses = (statuses ?? [status]).filter((s) => s === status);
    return this.repo.listInvoices(scope, { month, statuses, siteIds: await this.sites.many(actor, siteId) });
  }

  /** One invoice; a manager gets NOT_FOUND for another studio's invoice and for a draft. */
  async get(actor: Actor, id: string): Promise<InvoiceEntity> {
    const invoice = await this.repo.findInvoice(id, studioScope(actor));
    if (!invoice || (!isOperator(actor) && !VISIBLE_TO_MANAGERS.includes(invoice.status))) throw notFound('Invoice', id);
    return invoice;
  }

  /**
   * Freezes a draft and numbers it. The number comes from the year's counter row, locked in
   * this transaction: concurrent issues queue on it, so numbers follow each other with no gap
   * and no duplicate, and a failed issue gives its number back. Its Factur-X PDF is rendered
   * and stored in the same transaction: there is no issued invoice without its frozen document.
   */
  async issue(actor: Actor, id: string): Promise<InvoiceEntity> {
    assertOperator(actor);
    return this.transactions.run(async (em) => {
      const invoice = await this.repo.findInvoice(id, null, em, true);
      if (!invoice) throw notFound('Invoice', id);
      if (invoice.status !== InvoiceStatus.DRAFT) throw invalidState(`Invoice ${invoice.number} is already issued`, { status: invoice.status });
      return this.issueLocked(actor, invoice, em);
    });
  }

  /**
   * Issues every draft of the month in one transaction, by studio name: consecutive numbers,
   * all or none (a draft that cannot be issued leaves every draft as it was, and the error names
   * its studio). A month not over yet is refused unless `evenIfMonthNotOver`: its days may still
   * change, and the operator is asked first (INVALID_STATE, reason MONTH_NOT_OVER).
   */
  async issueMonth(actor: Actor, month: string, evenIfMonthNotOver = false): Promise<InvoiceEntity[]> {
    assertOperator(actor);
    if (!isMonth(month)) throw badInput('month', 'month must be written YYYY-MM (e.g. 2026-03)', { rule: 'month' });
    const lastDay = monthBounds(month).last;
    if (this.clock.today() <= lastDay && !evenIfMonthNotOver) {
      throw invalidState(`The month ${month} is not over before ${lastDay}: confirm to issue its drafts anyway`, { reason: 'MONTH_NOT_OVER', month, lastDay });
    }
    return this.transactions.run(async (em) => {
      // A generation of the month waits: the drafts issued are the drafts shown.
      await this.repo.lockMonth(month, em);
      const drafts = await this.repo.draftsOfMonth(month, em);
      const issued: InvoiceEntity[] = [];
      for (const draft of drafts) {
        const studio = await this.repo.studio(draft.studioId, em);
        try {
          issued.push(await this.issueLocked(actor, draft, em));
        } catch (e) {
          if (e instanceof DomainError) throw new DomainError(e.code, `${studio?.name ?? draft.studioId}: ${e.message}`, { ...e.details, studioId: draft.studioId, studioName: studio?.name });
          throw e;
        }
      }
      return issued;
    });
  }

  /** Numbers and freezes a draft already locked in `em`. */
  private async issueLocked(actor: Actor, invoice: InvoiceEntity, em: EntityManager): Promise<InvoiceEntity> {
    const lines = await this.repo.linesOf([invoice.id], em);
    if (!lines.length) throw invalidState('This draft has no line: generate the month again', { reason: 'DRAFT_EMPTY' });
    const studio = await this.repo.studio(invoice.studioId, em);
    const seller = sellerFromSettings(await this.settings.get<Partial<PartyIdentity> | null>(SELLER_IDENTITY_KEY, null, em));
    const now = this.clock.now();
    const today = this.clock.today();
    const year = Number(today.slice(0, 4));
    const n = await nextDocumentNumber(em, INVOICE_SERIES, year);
    Object.assign(invoice, {
      status: InvoiceStatus.ISSUED,
      number: formatDocumentNumber(INVOICE_SERIES, year, n, 5),
      issuedAt: now,
      issueDate: today,
      dueDate: addDays(today, PAYMENT_TERM_DAYS),
      seller,
      buyer: buyerFromStudio(studio!),
      issuedById: actor.userId,
    });
    const issued = await this.repo.saveInvoice(invoice, em);
    const document = await this.issuedDocuments.freezeInvoice(issued, em);
    await this.mailIssued(issued, document, em);
    return issued;
  }

  /** The studio's managers get the issued invoice, its frozen PDF attached (once: keyed by the invoice). */
  private async mailIssued(invoice: InvoiceEntity, document: { filename: string; pdf: Buffer }, em: EntityManager): Promise<void> {
    const audience = await this.recipients.managersOf(invoice.studioId, em);
    const facts = {
      number: invoice.number!, month: invoice.month, issueDate: invoice.issueDate!, dueDate: invoice.dueDate!,
      totalExclTaxCents: invoice.totalExclTaxCents, totalInclTaxCents: invoice.totalInclTaxCents, url: `${this.config.publicUrl}/invoices`,
    };
    const { subject, text, html } = invoiceIssuedMail(facts, audience.language);
    const attachments = [{ filename: document.filename, contentType: 'application/pdf', content: document.pdf }];
    await this.mail.enqueueToEach(audience.addresses, { subject, text, html, attachments, kind: 'invoice-issued', studioId: invoice.studioId }, `invoice-issued:${invoice.id}`, em);
  }

  /** Records that an issued invoice was paid in full on `paidOn` (default today): a payment of all that is due, by transfer. */
  markPaid(actor: Actor, id: string, paidOn?: LocalDate | null): Promise<InvoiceEntity> {
    return this.payments.payInFull(actor, id, paidOn);
  }
}
