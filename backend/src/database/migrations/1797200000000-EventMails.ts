import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An e-mail for every event, sent once: the outbox's event key (unique) and attachments; passes
 * shown again: the access code sealed beside its hash, and the hash of the pass link's token.
 */
export class EventMails1797200000000 implements MigrationInterface {
  name = 'EventMails1797200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outbox_message" ADD "event_key" text`);
    await queryRunner.query(`ALTER TABLE "outbox_message" ADD "attachments" jsonb`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_outbox_message_event_key" ON "outbox_message" ("event_key") WHERE "event_key" IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "access_pass" ADD "sealed_code" text`);
    await queryRunner.query(`ALTER TABLE "access_pass" ADD "link_token_hash" text`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_access_pass_link_token" ON "access_pass" ("link_token_hash") WHERE "link_token_hash" IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."uq_access_pass_link_token"`);
    await queryRunner.query(`ALTER TABLE "access_pass" DROP COLUMN "link_token_hash"`);
    await queryRunner.query(`ALTER TABLE "access_pass" DROP COLUMN "sealed_code"`);
    await queryRunner.query(`DROP INDEX "public"."uq_outbox_message_event_key"`);
    await queryRunner.query(`ALTER TABLE "outbox_message" DROP COLUMN "attachments"`);
    await queryRunner.query(`ALTER TABLE "outbox_message" DROP COLUMN "event_key"`);
  }
}
