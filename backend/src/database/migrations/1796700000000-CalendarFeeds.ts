import { MigrationInterface, QueryRunner } from 'typeorm';

/** Private calendar feeds (token hash, sealed token, one live per studio and per site) and the revisions that give each event its SEQUENCE. */
export class CalendarFeeds1796700000000 implements MigrationInterface {
  name = 'CalendarFeeds1796700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "calendar_feed" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "scope" text NOT NULL, "site_id" uuid NOT NULL, "studio_id" uuid, "token_hash" text NOT NULL, "sealed_token" text, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_fetched_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_by_id" uuid, CONSTRAINT "UQ_3a0b1d1c7619ea19ff1affaaf70" UNIQUE ("token_hash"), CONSTRAINT "ck_calendar_feed_sealed" CHECK ("revoked_at" IS NOT NULL OR "sealed_token" IS NOT NULL), CONSTRAINT "ck_calendar_feed_scope" CHECK (("scope" = 'STUDIO' AND "studio_id" IS NOT NULL) OR ("scope" = 'SITE' AND "studio_id" IS NULL)), CONSTRAINT "PK_24c0b9c80e4a4ac8752d854bc2e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_calendar_feed_site_live" ON "calendar_feed"  ("site_id") WHERE "revoked_at" IS NULL AND "scope" = 'SITE'`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_calendar_feed_studio_live" ON "calendar_feed"  ("studio_id") WHERE "revoked_at" IS NULL AND "scope" = 'STUDIO'`);
    await queryRunner.query(`CREATE TABLE "calendar_event_revision" ("uid" text NOT NULL, "fingerprint" text NOT NULL, "sequence" integer NOT NULL DEFAULT '0', "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_calendar_event_revision_sequence" CHECK ("sequence" >= 0), CONSTRAINT "PK_35dffaacdab901d04df3bebfc9f" PRIMARY KEY ("uid"))`);
    await queryRunner.query(`ALTER TABLE "calendar_feed" ADD CONSTRAINT "FK_f68879d8458dd28fa62141dea34" FOREIGN KEY ("site_id") REFERENCES "site"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "calendar_feed" ADD CONSTRAINT "FK_39d2a470c6e9db98112e3927643" FOREIGN KEY ("studio_id") REFERENCES "studio"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "calendar_feed" DROP CONSTRAINT "FK_39d2a470c6e9db98112e3927643"`);
    await queryRunner.query(`ALTER TABLE "calendar_feed" DROP CONSTRAINT "FK_f68879d8458dd28fa62141dea34"`);
    await queryRunner.query(`DROP TABLE "calendar_event_revision"`);
    await queryRunner.query(`DROP INDEX "public"."uq_calendar_feed_studio_live"`);
    await queryRunner.query(`DROP INDEX "public"."uq_calendar_feed_site_live"`);
    await queryRunner.query(`DROP TABLE "calendar_feed"`);
  }
}
