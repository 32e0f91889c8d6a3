import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Transactions } from '../../common/database/transactions.js';
import { FLEX_CONFIG } from '../../config/config.js';
import type { FlexConfig } from '../../config/config.js';
import { BookingEntity, BookingStatus } from '../booking/booking.entity.js';
import { BookingHooks } from '../booking/booking.hooks.js';
import { BookingRepository } from '../booking/booking.repository.js';
import { lateFeeAmount } from '../booking/cancellation-fee.js';
import { countDeskDays } from '../booking/desk-days.js';
import { FeedRenderService } from '../calendar-feed/feed-render.service.js';
import { MailRecipientsRepository } from '../mail/mail-recipients.repository.js';
import { MailAttachment, MailService } from '../mail/mail.service.js';
import { SiteRepository } from '../site/site.repository.js';
import { SiteService } from '../site/site.service.js';
import { ContractRepository } from '../studios/contract.repository.js';
import { BookingMailEvent, BookingMailFacts, bookingMail } from './booking-mails.js';

/** Events whose e-mail carries the booking's .ics (same UID and SEQUENCE as the feeds). */
const WITH_ICS = new Set([BookingMailEvent.BOOKING_CONFIRMED, BookingMailEvent.BOOKING_CHANGED, BookingMailEvent.BOOKING_CANCELLED]);

/**
 * E-mails the studio's managers at each event of a booking, in the studio's language, inside
 * the transaction that makes the event (nothing is sent for a change rolled back). Each has an
 * event key, so a retried job or a second instance never writes it twice: once per booking for
 * placed / confirmed / expiring / expired / cancelled, once per committed transaction for a change.
 */
@Injectable()
export class BookingNotifier implements OnModuleInit {
  constructor(
    private readonly hooks: BookingHooks,
    private readonly mail: MailService,
    private readonly recipients: MailRecipientsRepository,
    private readonly feeds: FeedRenderService,
    private readonly bookings: BookingRepository,
    private readonly contracts: ContractRepository,
    private readonly site: SiteService,
    private readonly desks: SiteRepository,
    private readonly transactions: Transactions,
    @Inject(FLEX_CONFIG) private readonly config: FlexConfig,
  ) {}

  onModuleInit(): void {
    this.hooks.onPlaced((em, b) => this.send(em, b, b.status === BookingStatus.OPTION ? BookingMailEvent.OPTION_PLACED : BookingMailEvent.BOOKING_CONFIRMED));
    this.hooks.onConfirmed((em, b) => this.send(em, b, BookingMailEvent.BOOKING_CONFIRMED));
    this.hooks.onChanged((em, b) => this.send(em, b, BookingMailEvent.BOOKING_CHANGED));
    this.hooks.onCancelled((em, b) => this.send(em, b, b.status === BookingStatus.EXPIRED ? BookingMailEvent.OPTION_EXPIRED : BookingMailEvent.BOOKING_CANCELLED));
    this.hooks.onExpiringSoon((em, b) => this.send(em, b, BookingMailEvent.OPTION_EXPIRING));
  }

  private async eventKey(em: EntityManager, b: BookingEntity, event: BookingMailEvent): Promise<string> {
    if (event === BookingMailEvent.OPTION_EXPIRING) return `${event}:${b.id}:${b.optionExpiresAt!.getTime()}`;
    if (event !== BookingMailEvent.BOOKING_CHANGED) return `${event}:${b.id}`;
    // A change is told once per transaction that made it (a deadlock retry is another, after a rollback).
    return `${event}:${b.id}:${await this.transactions.idOf(em)}`;
  }

  async send(em: EntityManager, b: BookingEntity, event: BookingMailEvent): Promise<void> {
    const key = await this.eventKey(em, b, event);
    if (event === BookingMailEvent.OPTION_EXPIRING && (await this.mail.eventSeen(key, em))) return;
    const audience = await this.recipients.managersOf(b.studioId, em);
    if (!audience.addresses.length) return;
    const facts = await this.facts(em, b, audience.studioName, event);
    const { subject, text, html } = bookingMail(event, facts, audience.language);
    const attachments: MailAttachment[] = WITH_ICS.has(event) ? [{ filename: `${b.reference}.ics`, contentType: 'text/calendar; charset=utf-8; method=PUBLISH', content: await this.feeds.bookingIcs(b.id, em) }] : [];
    await this.mail.enqueueToEach(audience.addresses, { subject, text, html, attachments, kind: `booking-${event}`, studioId: b.studioId }, key, em);
  }

  private async facts(em: EntityManager, b: BookingEntity, studioName: string, event: BookingMailEvent): Promise<BookingMailFacts> {
    const rows = await this.bookings.rowsOf(b.id, em);
    // What the booking holds now; once released (cancelled, expired), what it held.
    const held = rows.some((r) => r.live) ? rows.filter((r) => r.live) : rows;
    const ids = [...new Set(held.map((r) => r.deskId))];
    const desks = ids.length ? await this.desks.desksByIds(ids, em) : [];
    const facts: BookingMailFacts = {
      reference: b.reference,
      productionName: b.productionName,
      studioName,
      startDate: b.startDate,
      endDate: b.endDate,
      deskCodes: desks.map((d) => d.code).sort(),
      optionExpiresAt: b.optionExpiresAt,
      url: `${this.config.publicUrl}/bookings/${b.id}`,
      fee: null,
    };
    if (event === BookingMailEvent.BOOKING_CANCELLED && b.lateFeeFrom && b.lateFeeTo && b.lateFeePct) {
      const contract = await this.contracts.find(b.contractId, null, em);
      const calendar = await this.site.calendar(desks[0]?.siteId ?? (await this.site.defaultSiteId(em)), b.lateFeeFrom, b.lateFeeTo, em);
      const deskDays = countDeskDays(held, calendar, b.lateFeeFrom, b.lateFeeTo);
      facts.fee = { cents: lateFeeAmount(deskDays, contract!.dailyRateCents, b.lateFeePct), deskDays, pct: b.lateFeePct, from: b.lateFeeFrom, to: b.lateFeeTo };
    }
    return facts;
  }
}
