import { MigrationInterface, QueryRunner } from 'typeorm';

/** Kit desk history and maintenance tickets; kits already on desks get their first stay (since purchase). */
export class Maintenance1795881483268 implements MigrationInterface {
  name = 'Maintenance1795881483268';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "kit_desk_history" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kit_id" uuid NOT NULL, "desk_id" uuid NOT NULL, "from_date" date NOT NULL, "to_date" date, "arrived_by" text NOT NULL, "left_by" text, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_kit_desk_history_dates" CHECK ("to_date" IS NULL OR "to_date" >= "from_date"), CONSTRAINT "PK_c3a7817ccf3c1cfa9ac14e95ed4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_kit_desk_history_kit" ON "kit_desk_history"  ("kit_id", "from_date") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_kit_desk_history_open_desk" ON "kit_desk_history"  ("desk_id") WHERE "to_date" IS NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_kit_desk_history_open_kit" ON "kit_desk_history"  ("kit_id") WHERE "to_date" IS NULL`);
    await queryRunner.query(`CREATE TABLE "maintenance_ticket" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kit_id" uuid NOT NULL, "title" text NOT NULL, "description" text, "severity" text NOT NULL, "status" text NOT NULL, "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL, "opened_by_id" uuid, "started_at" TIMESTAMP WITH TIME ZONE, "started_by_id" uuid, "resolved_at" TIMESTAMP WITH TIME ZONE, "resolved_by_id" uuid, "resolution" text, CONSTRAINT "ck_maintenance_ticket_resolved" CHECK (("status" = 'RESOLVED') = ("resolved_at" IS NOT NULL AND "resolution" IS NOT NULL)), CONSTRAINT "ck_maintenance_ticket_started" CHECK ("status" = 'OPEN' OR "status" = 'RESOLVED' OR "started_at" IS NOT NULL), CONSTRAINT "ck_maintenance_ticket_title" CHECK (length(btrim("title")) > 0), CONSTRAINT "ck_maintenance_ticket_status" CHECK ("status" IN ('OPEN', 'IN_PROGRESS', 'RESOLVED')), CONSTRAINT "ck_maintenance_ticket_severity" CHECK ("severity" IN ('LOW', 'HIGH', 'BLOCKING')), CONSTRAINT "PK_fab802c54642b3888fa360b4273" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_maintenance_ticket_status" ON "maintenance_ticket"  ("status", "opened_at") `);
    await queryRunner.query(`CREATE INDEX "ix_maintenance_ticket_kit" ON "maintenance_ticket"  ("kit_id", "opened_at") `);
    await queryRunner.query(`ALTER TABLE "kit_desk_history" ADD CONSTRAINT "FK_7046193917a7b1a5b0feeb78fb2" FOREIGN KEY ("kit_id") REFERENCES "kit"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "kit_desk_history" ADD CONSTRAINT "FK_da203d46bcdb4261ea1dabf67aa" FOREIGN KEY ("desk_id") REFERENCES "desk"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "maintenance_ticket" ADD CONSTRAINT "FK_5e62566db5dc13ef4ae6064dbd4" FOREIGN KEY ("kit_id") REFERENCES "kit"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "maintenance_ticket" ADD CONSTRAINT "FK_3f93575818bffbba1870265009b" FOREIGN KEY ("opened_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "maintenance_ticket" ADD CONSTRAINT "FK_1031089795b13c5aed79e9ebaac" FOREIGN KEY ("started_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "maintenance_ticket" ADD CONSTRAINT "FK_928e0efaacd29a619583036cf44" FOREIGN KEY ("resolved_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    // A database seeded before this migration: each kit on a desk has stood there since it was bought.
    await queryRunner.query(`INSERT INTO "kit_desk_history" ("kit_id", "desk_id", "from_date", "arrived_by") SELECT "id", "desk_id", "purchased_on", 'INSTALLED' FROM "kit" WHERE "desk_id" IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "maintenance_ticket" DROP CONSTRAINT "FK_928e0efaacd29a619583036cf44"`);
    await queryRunner.query(`ALTER TABLE "maintenance_ticket" DROP CONSTRAINT "FK_1031089795b13c5aed79e9ebaac"`);
    await queryRunner.query(`ALTER TABLE "maintenance_ticket" DROP CONSTRAINT "FK_3f93575818bffbba1870265009b"`);
    await queryRunner.query(`ALTER TABLE "maintenance_ticket" DROP CONSTRAINT "FK_5e62566db5dc13ef4ae6064dbd4"`);
    await queryRunner.query(`ALTER TABLE "kit_desk_history" DROP CONSTRAINT "FK_da203d46bcdb4261ea1dabf67aa"`);
    await queryRunner.query(`ALTER TABLE "kit_desk_history" DROP CONSTRAINT "FK_7046193917a7b1a5b0feeb78fb2"`);
    await queryRunner.query(`DROP INDEX "public"."ix_maintenance_ticket_kit"`);
    await queryRunner.query(`DROP INDEX "public"."ix_maintenance_ticket_status"`);
    await queryRunner.query(`DROP TABLE "maintenance_ticket"`);
    await queryRunner.query(`DROP INDEX "public"."uq_kit_desk_history_open_kit"`);
    await queryRunner.query(`DROP INDEX "public"."uq_kit_desk_history_open_desk"`);
    await queryRunner.query(`DROP INDEX "public"."ix_kit_desk_history_kit"`);
    await queryRunner.query(`DROP TABLE "kit_desk_history"`);
  }
}
