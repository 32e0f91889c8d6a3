import { Inject, Injectable, Logger } from '@nestjs/common';
import nodemailer from 'nodemailer';
import type { Transporter } from 'nodemailer';
import QRCode from 'qrcode';
import type { EntityManager } from 'typeorm';
import { SecretBox, SecretBoxError } from '../../common/crypto/secret-box.js';
import { Transactions } from '../../common/database/transactions.js';
import { FLEX_CONFIG } from '../../config/config.js';
import type { FlexConfig } from '../../config/config.js';
import { OUTBOX_SECRET_CONTEXT, OutboxMessageEntity, OutboxStatus, SECRET_PLACEHOLDER, StoredAttachment } from './outbox-message.entity.js';
import { OutboxRepository } from './outbox.repository.js';

export interface MailAttachment {
  filename: string;
  contentType: string;
  content: Buffer | string;
}

export interface OutgoingMail {
  to: string;
  subject: string;
  /** Bodies may hold SECRET_PLACEHOLDER where `secret` goes. */
  text: string;
  html?: string;
  secret?: string;
  /** Added to the HTML as a QR code image (cid:qr) when sent by SMTP. */
  qrOfSecret?: boolean;
  kind: string;
  studioId?: string | null;
  crewMemberId?: string | null;
  accessPassId?: string | null;
  accountTokenId?: string | null;
  /** More secrets, each where `{{name}}` stands in the bodies (e.g. a pass link's token), sealed with `secret`. */
  moreSecrets?: Record<string, string>;
  attachments?: MailAttachment[];
  /** What the message is about and to whom: a second message with the same key is not written (see enqueueOnce). */
  eventKey?: string;
}

const MAX_ATTEMPTS = 5;

/** The body with the secret in place; once the secret is gone, a mask shaped like an access code, or an ellipsis for a link. */
export const fillSecret = (body: string, secret: string | null, kind = 'ACCESS_PASS') =>
  body.split(SECRET_PLACEHOLDER).join(secret ?? (kind.startsWith('ACCESS_PASS') ? '•••••-•••••-•••••-•••••' : '…'));

/** Sealed secrets holding more than the main one are this prefix and JSON `{ secret, ...more }`. */
const MANY = 'many:';

/** fillSecret, then every `{{name}}` of `more` (an ellipsis once gone). */
export function fillSecrets(body: string, secrets: OpenedSecrets | null, kind: string): string {
  let filled = fillSecret(body, secrets?.secret ?? null, kind);
  for (const name of Object.keys(secrets?.more ?? {})) filled = filled.split(`{{${name}}}`).join(secrets!.more[name]);
  return filled.replace(/\{\{[a-z]+\}\}/g, '…');
}

export interface OpenedSecrets {
  secret: string | null;
  more: Record<string, string>;
}

const stored = (a: MailAttachment): StoredAttachment => ({
  filename: a.filename,
  contentType: a.contentType,
  contentBase64: (typeof a.content === 'string' ? Buffer.from(a.content, 'utf8') : a.content).toString('base64'),
});

/**
 * E-mails through a transactional outbox: `enqueue` writes the message in the caller's
 * transaction (nothing is sent for a rolled-back change); `deliverPending` sends by SMTP
 * after commit (FLEX_SMTP_URL) and then forgets the secret. Without SMTP, messages are
 * HELD for the operator to read in the app.
 */
@Injectable()
export class MailService {
  private readonly logger = new Logger('Mail');
  private transport?: Transporter;

  constructor(
    private readonly outbox: OutboxRepository,
    private readonly transactions: Transactions,
    @Inject(FLEX_CONFIG) private readonly config: FlexConfig,
    private readonly secrets: SecretBox,
  ) {}

  get smtpEnabled(): boolean {
    return Boolean(this.config.smtpUrl);
  }

  async enqueue(mail: OutgoingMail, em: EntityManager): Promise<OutboxMessageEntity> {
    return this.outbox.insert(this.row(mail), em);
  }

  /**
   * Writes the message unless one with its `eventKey` exists (INSERT … ON CONFLICT DO NOTHING on
   * the unique key): a retried job, or two instances seeing the same event, write it once; a
   * concurrent writer waits for the first to commit. Returns the message, or null when skipped.
   */
  async enqueueOnce(mail: OutgoingMail & { eventKey: string }, em: EntityManager): Promise<OutboxMessageEntity | null> {
    return this.outbox.insertOnce(this.row(mail), em);
  }

  /** Whether a message with this event key (or `<key>:<address>`) was written already. */
  eventSeen(eventKey: string, em: EntityManager): Promise<boolean> {
    return this.outbox.eventSeen(eventKey, em);
  }

  /** enqueueOnce to each address, the key made `<eventKey>:<address>`; returns how many were written. */
  async enqueueToEach(addresses: readonly string[], mail: Omit<OutgoingMail, 'to' | 'eventKey'>, eventKey: string, em: EntityManager): Promise<number> {
    let written = 0;
    for (const to of addresses) if (await this.enqueueOnce({ ...mail, to, eventKey: `${eventKey}:${to}` }, em)) written++;
    return written;
  }

  private row(mail: OutgoingMail): Partial<OutboxMessageEntity> {
    return {
      toAddress: mail.to,
      subject: mail.subject,
      textBody: mail.text,
      htmlBody: mail.html ?? null,
      sealedSecret: this.sealSecrets(mail),
      status: this.smtpEnabled ? OutboxStatus.PENDING : OutboxStatus.HELD,
      kind: mail.qrOfSecret ? `${mail.kind}+qr` : mail.kind,
      studioId: mail.studioId ?? null,
      crewMemberId: mail.crewMemberId ?? null,
      accessPassId: mail.accessPassId ?? null,
      accountTokenId: mail.accountTokenId ?? null,
      eventKey: mail.eventKey ?? null,
      attachments: mail.attachments?.length ? mail.attachments.map(stored) : null,
      attempts: 0,
      lastError: null,
      sentAt: null,
    };
  }

  private sealSecrets(mail: OutgoingMail): string | null {
    const more = mail.moreSecrets && Object.keys(mail.moreSecrets).length ? mail.moreSecrets : null;
    if (!more) return mail.secret ? this.secrets.seal(mail.secret, OUTBOX_SECRET_CONTEXT) : null;
    return this.secrets.seal(MANY + JSON.stringify({ secret: mail.secret ?? null, more }), OUTBOX_SECRET_CONTEXT);
  }

  /** Starts a delivery round without waiting for it (after a commit). */
  deliverSoon(): void {
    if (!this.smtpEnabled) return;
    setImmediate(() => void this.deliverPending().catch((e) => this.logger.warn(`Delivery round failed: ${e instanceof Error ? e.message : e}`)));
  }

  /**
   * Sends what is PENDING. Each message is claimed with FOR UPDATE SKIP LOCKED, so several
   * app instances never send one message twice. Returns how many were sent.
   */
  async deliverPending(limit = 20): Promise<number> {
    if (!this.smtpEnabled) return 0;
    let sent = 0;
    for (let i = 0; i < limit; i++) {
      const done = await this.transactions.run(async (em) => {
        const msg = await this.outbox.claimNextPending(em);
        if (!msg) return null;
        try {
          await this.send(msg);
          await this.outbox.recordDelivery(msg.id, { status: OutboxStatus.SENT, sentAt: new Date(), sealedSecret: null, attempts: msg.attempts + 1, lastError: null }, em);
          return true;
        } catch (e) {
          const attempts = msg.attempts + 1;
          const error = e instanceof Error ? e.message : String(e);
          this.logger.warn(`Could not send "${msg.subject}" (attempt ${attempts}): ${error}`);
          await this.outbox.recordDelivery(msg.id, { attempts, lastError: error, status: attempts >= MAX_ATTEMPTS ? OutboxStatus.FAILED : OutboxStatus.PENDING }, em);
          return false;
        }
      });
      if (done === null || done === false) break;
      sent++;
    }
    return sent;
  }

  private async send(msg: OutboxMessageEntity): Promise<void> {
    if (!msg.toAddress) throw new Error('no recipient');
    this.transport ??= nodemailer.createTransport(this.config.smtpUrl);
    const secrets = this.openSecrets(msg);
    const secret = secrets?.secret ?? null;
    const qr = msg.kind.endsWith('+qr') && secret ? [{ filename: 'pass.png', cid: 'qr', content: await QRCode.toBuffer(secret, { margin: 1, width: 320 }) }] : [];
    const files = (msg.attachments ?? []).map((a) => ({ filename: a.filename, contentType: a.contentType, content: Buffer.from(a.contentBase64, 'base64') }));
    await this.transport.sendMail({
      from: this.config.mailFrom,
      to: msg.toAddress,
      subject: msg.subject,
      text: fillSecrets(msg.textBody, secrets, msg.kind),
      html: msg.htmlBody ? fillSecrets(msg.htmlBody, secrets, msg.kind) : undefined,
      attachments: [...qr, ...files],
    });
  }

  /** The message's (main) secret in clear, for sending or for the operator's view; null when gone (or sealed with a lost key). */
  openSecret(msg: OutboxMessageEntity): string | null {
    return this.openSecrets(msg)?.secret ?? null;
  }

  /** All the message's secrets in clear; null when gone. */
  openSecrets(msg: OutboxMessageEntity): OpenedSecrets | null {
    if (!msg.sealedSecret) return null;
    let plain: string;
    try {
      plain = this.secrets.open(msg.sealedSecret, OUTBOX_SECRET_CONTEXT);
    } catch (e) {
      if (!(e instanceof SecretBoxError)) throw e;
      this.logger.warn(`The secret of message ${msg.id} does not open with the configured FLEX_SECRET_KEY`);
      return null;
    }
    if (!plain.startsWith(MANY)) return { secret: plain, more: {} };
    const parsed = JSON.parse(plain.slice(MANY.length)) as OpenedSecrets;
    return { secret: parsed.secret ?? null, more: parsed.more ?? {} };
  }

  /** The operator's view, newest first. */
  list(limit: number): Promise<OutboxMessageEntity[]> {
    return this.outbox.latest(limit);
  }

  /** Secrets of passes that no longer open anything are dropped from the outbox. */
  async forgetSecretsOfPasses(passIds: string[], em: EntityManager): Promise<void> {
    if (!passIds.length) return;
    await this.outbox.forgetSecretsOfPasses(passIds, em);
  }

  /** The links of these invitations or resets no longer open anything: the outbox forgets them. */
  async forgetSecretsOfAccountTokens(tokenIds: string[], em: EntityManager): Promise<void> {
    if (!tokenIds.length) return;
    await this.outbox.forgetSecretsOfAccountTokens(tokenIds, em);
  }

  /** Messages to an anonymised person lose the address, the body (names, dates) and the secret. */
  async eraseRecipient(crewMemberIds: string[], em: EntityManager): Promise<void> {
    if (!crewMemberIds.length) return;
    await this.outbox.eraseRecipient(crewMemberIds, em);
  }

  messagesTo(crewMemberId: string): Promise<OutboxMessageEntity[]> {
    return this.outbox.messagesTo(crewMemberId);
  }
}
