import { MigrationInterface, QueryRunner } from 'typeorm';

/** Crew directory, assignments (two exclusion constraints: one person per desk-day, one desk per person-day), access passes (hashed codes), check-ins, e-mail outbox. */
export class Crew1795881089834 implements MigrationInterface {
  name = 'Crew1795881089834';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "crew_member" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "studio_id" uuid NOT NULL, "full_name" text NOT NULL, "email" text, "job_title" text, "anonymised_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_crew_member_anonymised" CHECK ("anonymised_at" IS NULL OR "email" IS NULL), CONSTRAINT "ck_crew_member_name" CHECK (length(btrim("full_name")) > 0), CONSTRAINT "PK_34d1bb8052d3d6d4bb9ba39dfef" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_crew_member_studio_email" ON "crew_member"  ("studio_id", "email") WHERE "email" IS NOT NULL`);
    await queryRunner.query(`CREATE TABLE "crew_assignment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "studio_id" uuid NOT NULL, "booking_id" uuid NOT NULL, "crew_member_id" uuid NOT NULL, "desk_id" uuid NOT NULL, "days" daterange NOT NULL, "live" boolean NOT NULL DEFAULT true, "ended_at" TIMESTAMP WITH TIME ZONE, "end_reason" text, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_crew_assignment_end" CHECK ("live" OR "end_reason" IS NOT NULL), CONSTRAINT "ck_crew_assignment_days" CHECK (NOT isempty("days") AND NOT lower_inf("days") AND NOT upper_inf("days")), CONSTRAINT "ex_crew_assignment_member_day" EXCLUDE USING gist ("crew_member_id" WITH =, "days" WITH &&) WHERE ("live"), CONSTRAINT "ex_crew_assignment_desk_day" EXCLUDE USING gist ("desk_id" WITH =, "days" WITH &&) WHERE ("live"), CONSTRAINT "PK_86a8e67aba154ed186db3424329" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_crew_assignment_studio" ON "crew_assignment"  ("studio_id") `);
    await queryRunner.query(`CREATE INDEX "ix_crew_assignment_member" ON "crew_assignment"  ("crew_member_id") `);
    await queryRunner.query(`CREATE INDEX "ix_crew_assignment_booking" ON "crew_assignment"  ("booking_id") `);
    await queryRunner.query(`CREATE TABLE "access_pass" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "assignment_id" uuid NOT NULL, "code_hash" text NOT NULL, "valid_from" TIMESTAMP WITH TIME ZONE NOT NULL, "valid_to" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "revoke_reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_68cecebe9c7281479b886949499" UNIQUE ("code_hash"), CONSTRAINT "PK_72cf5c876d71a71e0d6dc4b7409" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_access_pass_active" ON "access_pass"  ("assignment_id") WHERE "revoked_at" IS NULL`);
    await queryRunner.query(`CREATE TABLE "crew_check_in" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "assignment_id" uuid NOT NULL, "crew_member_id" uuid NOT NULL, "desk_id" uuid NOT NULL, "studio_id" uuid NOT NULL, "day" date NOT NULL, "checked_in_at" TIMESTAMP WITH TIME ZONE NOT NULL, "checked_out_at" TIMESTAMP WITH TIME ZONE, "auto_closed" boolean NOT NULL DEFAULT false, CONSTRAINT "uq_crew_check_in_member_day" UNIQUE ("crew_member_id", "day"), CONSTRAINT "ck_crew_check_in_out_after_in" CHECK ("checked_out_at" IS NULL OR "checked_out_at" >= "checked_in_at"), CONSTRAINT "PK_a0619b57e9351639f51f5889671" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_crew_check_in_assignment" ON "crew_check_in"  ("assignment_id") `);
    await queryRunner.query(`CREATE INDEX "ix_crew_check_in_day" ON "crew_check_in"  ("day") `);
    await queryRunner.query(`CREATE TABLE "outbox_message" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "to_address" text, "subject" text NOT NULL, "text_body" text NOT NULL, "html_body" text, "secret" text, "status" text NOT NULL, "kind" text NOT NULL, "studio_id" uuid, "crew_member_id" uuid, "access_pass_id" uuid, "attempts" integer NOT NULL DEFAULT '0', "last_error" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_outbox_message_status" CHECK ("status" IN ('HELD', 'PENDING', 'SENT', 'FAILED')), CONSTRAINT "PK_2f36ee5236f2793f3e7bd554589" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_outbox_message_crew_member" ON "outbox_message"  ("crew_member_id") `);
    await queryRunner.query(`CREATE INDEX "ix_outbox_message_status" ON "outbox_message"  ("status", "created_at") `);
    await queryRunner.query(`ALTER TABLE "crew_member" ADD CONSTRAINT "FK_1ea0852df2392a801f310f60d71" FOREIGN KEY ("studio_id") REFERENCES "studio"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "crew_assignment" ADD CONSTRAINT "FK_1ab924681711de9723267f74a7e" FOREIGN KEY ("studio_id") REFERENCES "studio"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "crew_assignment" ADD CONSTRAINT "FK_46462dae91256b151af47a08f24" FOREIGN KEY ("booking_id") REFERENCES "booking"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "crew_assignment" ADD CONSTRAINT "FK_f92040c484ad823a39126f1f5a6" FOREIGN KEY ("crew_member_id") REFERENCES "crew_member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "crew_assignment" ADD CONSTRAINT "FK_fde0441874638ff20cff1fc88aa" FOREIGN KEY ("desk_id") REFERENCES "desk"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "access_pass" ADD CONSTRAINT "FK_794c3db9ee84669cdb91eaae3d1" FOREIGN KEY ("assignment_id") REFERENCES "crew_assignment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "crew_check_in" ADD CONSTRAINT "FK_018bcbdfc67897f700782c3c3ca" FOREIGN KEY ("assignment_id") REFERENCES "crew_assignment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "crew_check_in" ADD CONSTRAINT "FK_f1304a4301749e8b51383e41c57" FOREIGN KEY ("crew_member_id") REFERENCES "crew_member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "crew_check_in" ADD CONSTRAINT "FK_047c09df9b235ea4b8e17359505" FOREIGN KEY ("desk_id") REFERENCES "desk"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "crew_check_in" ADD CONSTRAINT "FK_ef1f0e09abdaa505382956a1e6e" FOREIGN KEY ("studio_id") REFERENCES "studio"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "crew_check_in" DROP CONSTRAINT "FK_ef1f0e09abdaa505382956a1e6e"`);
    await queryRunner.query(`ALTER TABLE "crew_check_in" DROP CONSTRAINT "FK_047c09df9b235ea4b8e17359505"`);
    await queryRunner.query(`ALTER TABLE "crew_check_in" DROP CONSTRAINT "FK_f1304a4301749e8b51383e41c57"`);
    await queryRunner.query(`ALTER TABLE "crew_check_in" DROP CONSTRAINT "FK_018bcbdfc67897f700782c3c3ca"`);
    await queryRunner.query(`ALTER TABLE "access_pass" DROP CONSTRAINT "FK_794c3db9ee84669cdb91eaae3d1"`);
    await queryRunner.query(`ALTER TABLE "crew_assignment" DROP CONSTRAINT "FK_fde0441874638ff20cff1fc88aa"`);
    await queryRunner.query(`ALTER TABLE "crew_assignment" DROP CONSTRAINT "FK_f92040c484ad823a39126f1f5a6"`);
    await queryRunner.query(`ALTER TABLE "crew_assignment" DROP CONSTRAINT "FK_46462dae91256b151af47a08f24"`);
    await queryRunner.query(`ALTER TABLE "crew_assignment" DROP CONSTRAINT "FK_1ab924681711de9723267f74a7e"`);
    await queryRunner.query(`ALTER TABLE "crew_member" DROP CONSTRAINT "FK_1ea0852df2392a801f310f60d71"`);
    await queryRunner.query(`DROP INDEX "public"."ix_outbox_message_status"`);
    await queryRunner.query(`DROP INDEX "public"."ix_outbox_message_crew_member"`);
    await queryRunner.query(`DROP TABLE "outbox_message"`);
    await queryRunner.query(`DROP INDEX "public"."ix_crew_check_in_day"`);
    await queryRunner.query(`DROP INDEX "public"."ix_crew_check_in_assignment"`);
    await queryRunner.query(`DROP TABLE "crew_check_in"`);
    await queryRunner.query(`DROP INDEX "public"."uq_access_pass_active"`);
    await queryRunner.query(`DROP TABLE "access_pass"`);
    await queryRunner.query(`DROP INDEX "public"."ix_crew_assignment_booking"`);
    await queryRunner.query(`DROP INDEX "public"."ix_crew_assignment_member"`);
    await queryRunner.query(`DROP INDEX "public"."ix_crew_assignment_studio"`);
    await queryRunner.query(`DROP TABLE "crew_assignment"`);
    await queryRunner.query(`DROP INDEX "public"."uq_crew_member_studio_email"`);
    await queryRunner.query(`DROP TABLE "crew_member"`);
  }
}
