import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { SITE_ARG } from '../site/site-arg.js';
import type { Actor } from '../../common/auth/actor.js';
import { CurrentActor, Roles } from '../../common/auth/decorators.js';
import { DateScalar } from '../../common/graphql/date.scalar.js';
import type { GqlContext } from '../../common/loaders/request-loaders.js';
import { studioLoader } from '../studios/studio.loaders.js';
import { StudioModel } from '../studios/studio.model.js';
import { Role } from '../users/user.entity.js';
import { BookingModel } from '../booking/booking.model.js';
import { Clock } from '../../common/time/clock.js';
import { CreditNoteService } from './credit-note.service.js';
import { CreateCreditNoteInput } from './dto/create-credit-note.input.js';
import { InvoiceStatus } from './invoice.entity.js';
import { CreditNoteModel, InvoiceLineModel, InvoiceModel } from './invoice.model.js';
import { InvoiceGenerationService } from './invoice-generation.service.js';
import { InvoiceService } from './invoice.service.js';
import { creditNotesByInvoiceLoader, documentSha256Loader, invoicedBookingLoader, invoiceLinesLoader, invoiceLoader } from './invoicing.loaders.js';
import { InvoicingRepository } from './invoicing.repository.js';
import { IssuedDocumentKind } from './issued-document.entity.js';
import { IssuedDocumentsService } from './issued-documents.service.js';
import { StudioRepository } from '../studios/studio.repository.js';

@Resolver(() => InvoiceModel)
export class InvoiceResolver {
  constructor(
    private readonly generation: InvoiceGenerationService,
    private readonly invoiceService: InvoiceService,
    private readonly repo: InvoicingRepository,
    private readonly studioRepo: StudioRepository,
    private readonly documents: IssuedDocumentsService,
  ) {}

  @Roles(Role.OPERATOR)
  @Mutation(() => [InvoiceModel], {
    description:
      'Makes or refreshes one DRAFT per studio with something not yet invoiced in the month (YYYY-MM). Never changes an issued invoice; returns the drafts of the month.',
  })
  async generateInvoices(@CurrentActor() actor: Actor, @Args('month') month: string): Promise<InvoiceModel[]> {
    return (await this.generation.generate(actor, month)).map(InvoiceModel.from);
  }

  @Roles(Role.OPERATOR)
  @Mutation(() => InvoiceModel, { description: 'Freezes a draft and gives it the next number FLEX-YYYY-NNNNN (due date: 30 days).' })
  async issueInvoice(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<InvoiceModel> {
    return InvoiceModel.from(await this.invoiceService.issue(actor, id));
  }

  @Roles(Role.OPERATOR)
  @Mutation(() => [InvoiceModel], {
    description:
      'Issues every draft of the month (YYYY-MM) in one transaction, numbered one after the other by studio name; all or none. A month not over yet answers INVALID_STATE (reason MONTH_NOT_OVER) unless evenIfMonthNotOver.',
  })
  async issueMonthDrafts(
    @CurrentActor() actor: Actor,
    @Args('month') month: string,
    @Args('evenIfMonthNotOver', { type: () => Boolean, nullable: true, defaultValue: false }) evenIfMonthNotOver: boolean,
  ): Promise<InvoiceModel[]> {
    return (await this.invoiceService.issueMonth(actor, month, evenIfMonthNotOver)).map(InvoiceModel.from);
  }

  @Roles(Role.OPERATOR)
  @Mutation(() => InvoiceModel, { description: 'Records the payment of an issued invoice (paidOn: default today).' })
  async markInvoicePaid(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('paidOn', { type: () => DateScalar, nullable: true }) paidOn?: string | null,
  ): Promise<InvoiceModel> {
    return InvoiceModel.from(await this.invoiceService.markPaid(actor, id, paidOn));
  }

  @Query(() => [InvoiceModel], {
    description: "Invoices, newest month first. A studio manager sees its own studio's issued, paid and cancelled invoices (never drafts); the operator sees all, or one studio's; siteId: only those billing a booking at that site.",
  })
  async invoices(
    @CurrentActor() actor: Actor,
    @Args('studioId', { type: () => ID, nullable: true }) studioId?: string | null,
    @Args('month', { type: () => String, nullable: true }) month?: string | null,
    @Args('status', { type: () => InvoiceStatus, nullable: true }) status?: InvoiceStatus | null,
    @Args('siteId', SITE_ARG) siteId?: string | null,
  ): Promise<InvoiceModel[]> {
    return (await this.invoiceService.list(actor, studioId, month, status, siteId)).map(InvoiceModel.from);
  }

  @Query(() => InvoiceModel)
  async invoice(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<InvoiceModel> {
    return InvoiceModel.from(await this.invoiceService.get(actor, id));
  }

  @ResolveField(() => StudioModel)
  async studio(@Parent() invoice: InvoiceModel, @Context() ctx: GqlContext): Promise<StudioModel> {
    return StudioModel.from((await studioLoader(ctx.loaders, this.studioRepo).load(invoice.studioId))!);
  }

  @ResolveField(() => [InvoiceLineModel])
  async lines(@Parent() invoice: InvoiceModel, @Context() ctx: GqlContext): Promise<InvoiceLineModel[]> {
    return (await invoiceLinesLoader(ctx.loaders, this.repo).load(invoice.id)).map((l) => InvoiceLineModel.from(l, invoice.studioId));
  }

  @ResolveField(() => [CreditNoteModel])
  async creditNotes(@Parent() invoice: InvoiceModel, @Context() ctx: GqlContext): Promise<CreditNoteModel[]> {
    return (await creditNotesByInvoiceLoader(ctx.loaders, this.repo).load(invoice.id)).map(CreditNoteModel.from);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Hex SHA-256 of the Factur-X PDF stored at issue, the exact bytes pdfUrl serves forever after (null for a draft, which is no document).',
  })
  async documentSha256(@Parent() invoice: InvoiceModel, @Context() ctx: GqlContext): Promise<string | null> {
    if (invoice.status === InvoiceStatus.DRAFT) return null;
    return documentSha256Loader(ctx.loaders, this.documents, IssuedDocumentKind.INVOICE).load(invoice.id);
  }

  @ResolveField(() => Int, { description: 'Total including VAT of the credit notes on this invoice (what the studio no longer owes, or gets back).' })
  async creditedInclTaxCents(@Parent() invoice: InvoiceModel, @Context() ctx: GqlContext): Promise<number> {
    const notes = await creditNotesByInvoiceLoader(ctx.loaders, this.repo).load(invoice.id);
    return notes.reduce((s, n) => s + n.totalInclTaxCents, 0);
  }

  @ResolveField(() => Int, { description: 'Amount excluding VAT that credit notes may still credit (0 for a draft).' })
  async creditableExclTaxCents(@Parent() invoice: InvoiceModel, @Context() ctx: GqlContext): Promise<number> {
    if (invoice.status === InvoiceStatus.DRAFT || invoice.status === InvoiceStatus.CANCELLED) return 0;
    const notes = await creditNotesByInvoiceLoader(ctx.loaders, this.repo).load(invoice.id);
    return invoice.totalExclTaxCents - notes.reduce((s, n) => s + n.totalExclTaxCents, 0);
  }
}

@Resolver(() => CreditNoteModel)
export class CreditNoteResolver {
  constructor(
    private readonly creditNoteService: CreditNoteService,
    private readonly repo: InvoicingRepository,
    private readonly studioRepo: StudioRepository,
    private readonly documents: IssuedDocumentsService,
  ) {}

  @Roles(Role.OPERATOR)
  @Mutation(() => CreditNoteModel, {
    description:
      'Credits an issued invoice (AV-YYYY-NNNNN): an amount excluding VAT (a reduction), or, without amount, all that remains (the invoice is then CANCELLED and its desk-days are billed again by the next generation).',
  })
  async createCreditNote(@CurrentActor() actor: Actor, @Args('input') input: CreateCreditNoteInput): Promise<CreditNoteModel> {
    return CreditNoteModel.from(await this.creditNoteService.create(actor, input));
  }

  @Query(() => [CreditNoteModel], { description: "Credit notes, newest first; a studio manager sees its own studio's." })
  async creditNotes(
    @CurrentActor() actor: Actor,
    @Args('studioId', { type: () => ID, nullable: true }) studioId?: string | null,
    @Args('invoiceId', { type: () => ID, nullable: true }) invoiceId?: string | null,
    @Args('month', { type: () => String, nullable: true, description: 'Month of the credited invoices (YYYY-MM).' }) month?: string | null,
  ): Promise<CreditNoteModel[]> {
    return (await this.creditNoteService.list(actor, studioId, invoiceId, month)).map(CreditNoteModel.from);
  }

  @ResolveField(() => InvoiceModel)
  async invoice(@Parent() note: CreditNoteModel, @Context() ctx: GqlContext): Promise<InvoiceModel> {
    return InvoiceModel.from((await invoiceLoader(ctx.loaders, this.repo).load(note.invoiceId))!);
  }

  @ResolveField(() => String, { description: 'Hex SHA-256 of the Factur-X PDF stored when the credit note was made, the exact bytes pdfUrl serves.' })
  async documentSha256(@Parent() note: CreditNoteModel, @Context() ctx: GqlContext): Promise<string> {
    return (await documentSha256Loader(ctx.loaders, this.documents, IssuedDocumentKind.CREDIT_NOTE).load(note.id))!;
  }

  @ResolveField(() => StudioModel)
  async studio(@Parent() note: CreditNoteModel, @Context() ctx: GqlContext): Promise<StudioModel> {
    return StudioModel.from((await studioLoader(ctx.loaders, this.studioRepo).load(note.studioId))!);
  }
}

@Resolver(() => InvoiceLineModel)
export class InvoiceLineResolver {
  constructor(
    private readonly repo: InvoicingRepository,
    private readonly clock: Clock,
  ) {}

  @ResolveField(() => BookingModel, { description: 'The booking billed on the line (of the invoice\'s studio).' })
  async booking(@Parent() line: InvoiceLineModel, @Context() ctx: GqlContext): Promise<BookingModel> {
    return BookingModel.from((await invoicedBookingLoader(ctx.loaders, this.repo).load(line.bookingId))!, this.clock.now());
  }
}
