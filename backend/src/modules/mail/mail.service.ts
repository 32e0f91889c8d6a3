import { Inject, Injectable, Logger } from '@nestjs/common';
import nodemailer from 'nodemailer';
import type { Transporter } from 'nodemailer';
import QRCode from 'qrcode';
import { DataSource, EntityManager, In } from 'typeorm';
import { SecretBox, SecretBoxError } from '../../common/crypto/secret-box.js';
import { FLEX_CONFIG } from '../../config/config.js';
import type { FlexConfig } from '../../config/config.js';
import { OUTBOX_SECRET_CONTEXT, OutboxMessageEntity, OutboxStatus, SECRET_PLACEHOLDER } from './outbox-message.entity.js';

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
}

const MAX_ATTEMPTS = 5;

/** The body with the secret in place; once the secret is gone, a mask shaped like an access code, or an ellipsis for a link. */
export const fillSecret = (body: string, secret: string | null, kind = 'ACCESS_PASS') =>
  body.split(SECRET_PLACEHOLDER).join(secret ?? (kind.startsWith('ACCESS_PASS') ? '•••••-•••••-•••••-•••••' : '…'));

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
    private readonly dataSource: DataSource,
    @Inject(FLEX_CONFIG) private readonly config: FlexConfig,
    private readonly secrets: SecretBox,
  ) {}

  get smtpEnabled(): boolean {
    return Boolean(this.config.smtpUrl);
  }

  async enqueue(mail: OutgoingMail, em: EntityManager): Promise<OutboxMessageEntity> {
    const repo = em.getRepository(OutboxMessageEntity);
    return repo.save(
      repo.create({
        toAddress: mail.to,
        subject: mail.subject,
        textBody: mail.text,
        htmlBody: mail.html ?? null,
        sealedSecret: mail.secret ? this.secrets.seal(mail.secret, OUTBOX_SECRET_CONTEXT) : null,
        status: this.smtpEnabled ? OutboxStatus.PENDING : OutboxStatus.HELD,
        kind: mail.qrOfSecret ? `${mail.kind}+qr` : mail.kind,
        studioId: mail.studioId ?? null,
        crewMemberId: mail.crewMemberId ?? null,
        accessPassId: mail.accessPassId ?? null,
        accountTokenId: mail.accountTokenId ?? null,
        attempts: 0,
        lastError: null,
        sentAt: null,
      }),
    );
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
      const done = await this.dataSource.transaction(async (em) => {
        const [msg] = await em
          .getRepository(OutboxMessageEntity)
          .createQueryBuilder('m')
          .where('m.status = :status', { status: OutboxStatus.PENDING })
          .orderBy('m.createdAt')
          .limit(1)
          .setLock('pessimistic_write')
          .setOnLocked('skip_locked')
          .getMany();
        if (!msg) return null;
        try {
          await this.send(msg);
          await em.getRepository(OutboxMessageEntity).update({ id: msg.id }, { status: OutboxStatus.SENT, sentAt: new Date(), sealedSecret: null, attempts: msg.attempts + 1, lastError: null });
          return true;
        } catch (e) {
          const attempts = msg.attempts + 1;
          const error = e instanceof Error ? e.message : String(e);
          this.logger.warn(`Could not send "${msg.subject}" (attempt ${attempts}): ${error}`);
          await em.getRepository(OutboxMessageEntity).update({ id: msg.id }, { attempts, lastError: error, status: attempts >= MAX_ATTEMPTS ? OutboxStatus.FAILED : OutboxStatus.PENDING });
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
    const secret = this.openSecret(msg);
    const withQr = msg.kind.endsWith('+qr') && secret;
    await this.transport.sendMail({
      from: this.config.mailFrom,
      to: msg.toAddress,
      subject: msg.subject,
      text: fillSecret(msg.textBody, secret, msg.kind),
      html: msg.htmlBody ? fillSecret(msg.htmlBody, secret, msg.kind) : undefined,
      attachments: withQr ? [{ filename: 'pass.png', cid: 'qr', content: await QRCode.toBuffer(secret, { margin: 1, width: 320 }) }] : [],
    });
  }

  /** The message's secret in clear, for sending or for the operator's view; null when gone (or sealed with a lost key). */
  openSecret(msg: OutboxMessageEntity): string | null {
    if (!msg.sealedSecret) return null;
    try {
      return this.secrets.open(msg.sealedSecret, OUTBOX_SECRET_CONTEXT);
    } catch (e) {
      if (!(e instanceof SecretBoxError)) throw e;
      this.logger.warn(`The secret of message ${msg.id} does not open with the configured FLEX_SECRET_KEY`);
      return null;
    }
  }

  /** The operator's view, newest first. */
  list(limit: number): Promise<OutboxMessageEntity[]> {
    return this.dataSource.getRepository(OutboxMessageEntity).find({ order: { createdAt: 'DESC' }, take: limit });
  }

  /** Secrets of passes that no longer open anything are dropped from the outbox. */
  async forgetSecretsOfPasses(passIds: string[], em: EntityManager): Promise<void> {
    if (!passIds.length) return;
    await em.getRepository(OutboxMessageEntity).update({ accessPassId: In(passIds) }, { sealedSecret: null });
  }

  /** The links of these invitations or resets no longer open anything: the outbox forgets them. */
  async forgetSecretsOfAccountTokens(tokenIds: string[], em: EntityManager): Promise<void> {
    if (!tokenIds.length) return;
    await em.getRepository(OutboxMessageEntity).update({ accountTokenId: In(tokenIds) }, { sealedSecret: null });
  }

  /** Messages to an anonymised person lose the address, the body (names, dates) and the secret. */
  async eraseRecipient(crewMemberIds: string[], em: EntityManager): Promise<void> {
    if (!crewMemberIds.length) return;
    await em.getRepository(OutboxMessageEntity).update(
      { crewMemberId: In(crewMemberIds) },
      { toAddress: null, textBody: '[effacé — données personnelles supprimées]', htmlBody: null, sealedSecret: null },
    );
  }

  messagesTo(crewMemberId: string): Promise<OutboxMessageEntity[]> {
    return this.dataSource.getRepository(OutboxMessageEntity).find({ where: { crewMemberId }, order: { createdAt: 'ASC' } });
  }
}
