import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { OutboxMessageEntity, OutboxStatus } from './outbox-message.entity.js';

/** What a delivery attempt changes on a message. */
export type DeliveryOutcome = Pick<OutboxMessageEntity, 'attempts' | 'lastError' | 'status'> & Partial<Pick<OutboxMessageEntity, 'sentAt' | 'sealedSecret'>>;

/** The outbox_message table: the only place with its SQL. Writes take the caller's transaction. */
@Injectable()
export class OutboxRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(row: Partial<OutboxMessageEntity>, em: EntityManager): Promise<OutboxMessageEntity> {
    const repo = em.getRepository(OutboxMessageEntity);
    return repo.save(repo.create(row));
  }

  /** INSERT … ON CONFLICT DO NOTHING on the unique event key: the message, or null when one with its key exists. */
  async insertOnce(row: Partial<OutboxMessageEntity>, em: EntityManager): Promise<OutboxMessageEntity | null> {
    const result = await em.createQueryBuilder().insert().into(OutboxMessageEntity).values(row).orIgnore().returning(['id']).execute();
    const id = (result.raw as Array<{ id: string }>)[0]?.id;
    return id ? em.getRepository(OutboxMessageEntity).findOneByOrFail({ id }) : null;
  }

  /** Whether a message with this event key (or `<key>:<address>`) was written already. */
  async eventSeen(eventKey: string, em: EntityManager): Promise<boolean> {
    const rows: unknown[] = await em.query(`SELECT 1 FROM outbox_message WHERE event_key = $1 OR event_key LIKE $2 LIMIT 1`, [eventKey, `${eventKey.replace(/[\\%_]/g, '\\$&')}:%`]);
    return rows.length > 0;
  }

  /** The oldest PENDING message, locked FOR UPDATE SKIP LOCKED: another instance's round skips it. */
  async claimNextPending(em: EntityManager): Promise<OutboxMessageEntity | null> {
    const [msg] = await em
      .getRepository(OutboxMessageEntity)
      .createQueryBuilder('m')
      .where('m.status = :status', { status: OutboxStatus.PENDING })
      .orderBy('m.createdAt')
      .limit(1)
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getMany();
    return msg ?? null;
  }

  async recordDelivery(id: string, outcome: DeliveryOutcome, em: EntityManager): Promise<void> {
    await em.getRepository(OutboxMessageEntity).update({ id }, outcome);
  }

  /** Newest first. */
  latest(limit: number): Promise<OutboxMessageEntity[]> {
    return this.dataSource.getRepository(OutboxMessageEntity).find({ order: { createdAt: 'DESC' }, take: limit });
  }

  messagesTo(crewMemberId: string): Promise<OutboxMessageEntity[]> {
    return this.dataSource.getRepository(OutboxMessageEntity).find({ where: { crewMemberId }, order: { createdAt: 'ASC' } });
  }

  async forgetSecretsOfPasses(passIds: string[], em: EntityManager): Promise<void> {
    await em.getRepository(OutboxMessageEntity).update({ accessPassId: In(passIds) }, { sealedSecret: null });
  }

  async forgetSecretsOfAccountTokens(tokenIds: string[], em: EntityManager): Promise<void> {
    await em.getRepository(OutboxMessageEntity).update({ accountTokenId: In(tokenIds) }, { sealedSecret: null });
  }

  /** The address, the body (names, dates), the secret and the attachments go; the row stays. */
  async eraseRecipient(crewMemberIds: string[], em: EntityManager): Promise<void> {
    await em.getRepository(OutboxMessageEntity).update(
      { crewMemberId: In(crewMemberIds) },
      { toAddress: null, textBody: '[effacé — données personnelles supprimées]', htmlBody: null, sealedSecret: null, attachments: null },
    );
  }
}
