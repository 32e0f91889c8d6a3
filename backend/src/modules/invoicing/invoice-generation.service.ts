import { Injectable, Logger } from '@nestjs/common';
import { assertOperator } from '../../common/auth/actor.js';
import type { Actor } from '../../common/auth/actor.js';
import { badInput } from '../../common/errors/domain-error.js';
import { SiteService } from '../site/site.service.js';
import { InvoiceEntity } from './invoice.entity.js';
import { DraftToSave, InvoicingRepository } from './invoicing.repository.js';
import { billStudioMonth, BookingToBill } from './rules/invoice-lines.js';
import { invoiceTotals, VAT_RATE_PCT } from './rules/money.js';
import { isMonth, monthRange } from './rules/month.js';
import { Transactions } from '../../common/database/transactions.js';

/**
 * Monthly generation: one DRAFT per studio with something not yet invoiced in the month.
 * Running it again refreshes the drafts in place (same invoice, lines replaced); issued
 * invoices are never touched, and only what they do not cover goes into the draft.
 */
@Injectable()
export class InvoiceGenerationService {
  private readonly logger = new Logger('Invoicing');

  constructor(
    private readonly transactions: Transactions,
    private readonly repo: InvoicingRepository,
    private readonly site: SiteService,
  ) {}

  async generate(actor: Actor, month: string): Promise<InvoiceEntity[]> {
    assertOperator(actor);
    if (!isMonth(month)) throw badInput('month', 'month must be written YYYY-MM (e.g. 2026-03)');
    return this.generateMonth(month);
  }

  /** The drafts of `month` (YYYY-MM): the operator's generation, and the job on the 1st. */
  generateMonth(month: string): Promise<InvoiceEntity[]> {
    const { first, last } = monthRange(month);
    return this.transactions.run(async (em) => {
      await this.repo.lockMonth(month, em);
      const drafts = new Map((await this.repo.lockDrafts(month, em)).map((d) => [d.studioId, d]));
      const bookings = await this.repo.billableBookings(first, last, em);
      // Each booking's days on its own site's calendar.
      const fallback = await this.site.defaultSiteId(em);
      const siteOf = (b: BookingToBill) => b.siteId ?? fallback;
      const calendars = await this.site.calendars([fallback, ...[...bookings.values()].flat().map(siteOf)], first, last, em);
      const calendar = (b: BookingToBill) => calendars.of(siteOf(b));
      const invoiced = await this.repo.invoicedQuantities(month, em);
      const studios = [...new Set([...bookings.keys(), ...drafts.keys()])];
      const toSave: DraftToSave[] = [];
      const toDelete: string[] = [];
      for (const studioId of studios) {
        const computed = billStudioMonth(bookings.get(studioId) ?? [], calendar, first, last, invoiced.get(studioId));
        const draft = drafts.get(studioId);
        if (!computed.lines.length) {
          if (draft) toDelete.push(draft.id);
          continue;
        }
        const totals = invoiceTotals(computed.lines.map((l) => l.amountCents), VAT_RATE_PCT);
        toSave.push({ id: draft?.id, studioId, month, lines: computed.lines, totals, vatRatePct: VAT_RATE_PCT, billableDeskDays: computed.billableDeskDays, contractNumbers: computed.contractNumbers });
      }
      const out = await this.repo.saveDrafts(toSave, toDelete, em);
      this.logger.log(`Generated ${month}: ${out.length} draft(s), ${drafts.size} existed before`);
      return out;
    });
  }
}
