import { MigrationInterface, QueryRunner } from 'typeorm';

/** Site, desks, kits, users, studios, contracts, bookings (with the no-double-booking exclusion), settings, counters. */
export class Foundation1764400000000 implements MigrationInterface {
  name = 'Foundation1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // btree_gist lets one GiST exclusion constraint compare uuids (=) and date ranges (&&).
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await queryRunner.query(`CREATE TABLE "site" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "timezone" text NOT NULL, "area_sqm" integer NOT NULL, "open_weekdays" smallint array NOT NULL, "address" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_9669a09fcc0eb6d2794a658f647" UNIQUE ("name"), CONSTRAINT "PK_635c0eeabda8862d5b0237b42b4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "closure_date" ("site_id" uuid NOT NULL, "date" date NOT NULL, "label" text NOT NULL, CONSTRAINT "PK_c780fe6a65bfa7b96d7a54f06ab" PRIMARY KEY ("site_id", "date"))`);
    await queryRunner.query(`CREATE TABLE "desk" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "site_id" uuid NOT NULL, "code" text NOT NULL, "zone" text NOT NULL, "x" real NOT NULL, "y" real NOT NULL, CONSTRAINT "uq_desk_site_code" UNIQUE ("site_id", "code"), CONSTRAINT "PK_e6f737f60f3b11ef487d158831d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "kit" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "asset_tag" text NOT NULL, "status" text NOT NULL DEFAULT 'OPERATIONAL', "desk_id" uuid, "purchased_on" date NOT NULL, "retired_on" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_1a70b30201b30faa2bb93d2f096" UNIQUE ("asset_tag"), CONSTRAINT "UQ_7b9faa8623748edc2a91f32f135" UNIQUE ("desk_id"), CONSTRAINT "ck_kit_status" CHECK ("status" IN ('OPERATIONAL', 'MAINTENANCE', 'RETIRED')), CONSTRAINT "PK_5dcdc8fbcdc84c412e7fafaac79" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "kit_component" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kit_id" uuid NOT NULL, "type" text NOT NULL, "model" text NOT NULL, "serial_number" text NOT NULL, "embodied_kg_co2e" numeric(10,2) NOT NULL, "refurbished" boolean NOT NULL DEFAULT false, "footprint_source" text NOT NULL, CONSTRAINT "ck_kit_component_footprint" CHECK ("embodied_kg_co2e" >= 0), CONSTRAINT "ck_kit_component_type" CHECK ("type" IN ('WORKSTATION', 'MONITOR', 'TABLET', 'PERIPHERAL')), CONSTRAINT "PK_565277fabf7532d1c7f144b92f9" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "studio" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "legal_name" text NOT NULL, "siret" text NOT NULL, "vat_number" text, "billing_address" text NOT NULL, "contact_email" text NOT NULL, "is_new" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_03d4478171a2a3b1f801d19ddd3" UNIQUE ("name"), CONSTRAINT "PK_4c17ecb2b175322407ebbaef5c7" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "full_name" text NOT NULL, "role" text NOT NULL, "studio_id" uuid, "password_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_3fa909d0e37c531ebc237703391" UNIQUE ("email"), CONSTRAINT "ck_app_user_studio" CHECK (("role" = 'STUDIO_MANAGER') = ("studio_id" IS NOT NULL)), CONSTRAINT "ck_app_user_role" CHECK ("role" IN ('OPERATOR', 'STUDIO_MANAGER')), CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "contract" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "number" text NOT NULL, "studio_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'DRAFT', "start_date" date NOT NULL, "end_date" date NOT NULL, "daily_rate_cents" integer NOT NULL, "volume_tiers" jsonb NOT NULL DEFAULT '[]'::jsonb, "max_desks" integer NOT NULL, "insurance_policy_ref" text NOT NULL, "insurance_expires_on" date NOT NULL, "cancellation_notice_days" integer NOT NULL DEFAULT '14', "late_cancellation_fee_pct" integer NOT NULL DEFAULT '50', "activated_at" TIMESTAMP WITH TIME ZONE, "terminated_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_86b89a6d689f50beb08b0537f6f" UNIQUE ("number"), CONSTRAINT "ck_contract_notice" CHECK ("cancellation_notice_days" >= 0), CONSTRAINT "ck_contract_fee_pct" CHECK ("late_cancellation_fee_pct" BETWEEN 0 AND 100), CONSTRAINT "ck_contract_max_desks" CHECK ("max_desks" > 0), CONSTRAINT "ck_contract_rate" CHECK ("daily_rate_cents" >= 0), CONSTRAINT "ck_contract_dates" CHECK ("end_date" >= "start_date"), CONSTRAINT "ck_contract_status" CHECK ("status" IN ('DRAFT', 'ACTIVE', 'TERMINATED')), CONSTRAINT "PK_17c3a89f58a2997276084e706e8" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "booking" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "reference" text NOT NULL, "studio_id" uuid NOT NULL, "contract_id" uuid NOT NULL, "production_name" text NOT NULL, "start_date" date NOT NULL, "end_date" date NOT NULL, "status" text NOT NULL, "option_expires_at" TIMESTAMP WITH TIME ZONE, "confirmed_at" TIMESTAMP WITH TIME ZONE, "cancelled_at" TIMESTAMP WITH TIME ZONE, "late_fee_from" date, "late_fee_to" date, "late_fee_pct" integer, "billed_through" date, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_97c7203bed6a596750e0c12e281" UNIQUE ("reference"), CONSTRAINT "ck_booking_option_expiry" CHECK ("status" <> 'OPTION' OR "option_expires_at" IS NOT NULL), CONSTRAINT "ck_booking_production" CHECK (length(btrim("production_name")) > 0), CONSTRAINT "ck_booking_dates" CHECK ("end_date" >= "start_date" AND "end_date" - "start_date" < 366), CONSTRAINT "ck_booking_status" CHECK ("status" IN ('OPTION', 'CONFIRMED', 'CANCELLED', 'EXPIRED')), CONSTRAINT "PK_49171efc69702ed84c812f33540" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_booking_studio_dates" ON "booking"  ("studio_id", "start_date", "end_date") `);
    await queryRunner.query(`CREATE TABLE "booking_desk" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "booking_id" uuid NOT NULL, "desk_id" uuid NOT NULL, "days" daterange NOT NULL, "live" boolean NOT NULL, "position" smallint NOT NULL DEFAULT '0', CONSTRAINT "ex_booking_desk_no_double_booking" EXCLUDE USING gist ("desk_id" WITH =, "days" WITH &&) WHERE ("live"), CONSTRAINT "PK_6810b928a9bdf3726b27eb5f1ee" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_booking_desk_booking" ON "booking_desk"  ("booking_id") `);
    await queryRunner.query(`CREATE TABLE "setting" ("key" text NOT NULL, "value" jsonb NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1c4c95d773004250c157a744d6e" PRIMARY KEY ("key"))`);
    await queryRunner.query(`CREATE TABLE "document_counter" ("kind" text NOT NULL, "year" integer NOT NULL, "last_number" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_41e758feb55f8a84d844bf88799" PRIMARY KEY ("kind", "year"))`);
    await queryRunner.query(`CREATE TABLE "idempotency_record" ("user_id" uuid NOT NULL, "key" text NOT NULL, "operation" text NOT NULL, "result_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ff6ff6e4a7c261b21e30f0280a7" PRIMARY KEY ("user_id", "key"))`);
    await queryRunner.query(`ALTER TABLE "closure_date" ADD CONSTRAINT "FK_0e203650be7ec1f8e6bbaee1c1a" FOREIGN KEY ("site_id") REFERENCES "site"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "desk" ADD CONSTRAINT "FK_86f35424cf41dc7c2264ac62e03" FOREIGN KEY ("site_id") REFERENCES "site"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "kit" ADD CONSTRAINT "FK_7b9faa8623748edc2a91f32f135" FOREIGN KEY ("desk_id") REFERENCES "desk"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "kit_component" ADD CONSTRAINT "FK_0d224ff9e687d3136212fcf8a83" FOREIGN KEY ("kit_id") REFERENCES "kit"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD CONSTRAINT "FK_3ddf18987ab53ecd073f5413956" FOREIGN KEY ("studio_id") REFERENCES "studio"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "contract" ADD CONSTRAINT "FK_83bacd134cebf408dab6b8c0c26" FOREIGN KEY ("studio_id") REFERENCES "studio"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "booking" ADD CONSTRAINT "FK_4366a303ddf97280d91fe451e65" FOREIGN KEY ("studio_id") REFERENCES "studio"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "booking" ADD CONSTRAINT "FK_15d7246105f04ade14de03f8f18" FOREIGN KEY ("contract_id") REFERENCES "contract"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "booking_desk" ADD CONSTRAINT "FK_30ed8970d384ed3d6e8cbe6b5ec" FOREIGN KEY ("booking_id") REFERENCES "booking"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "booking_desk" ADD CONSTRAINT "FK_7e5abcdc92e8f66be26784c507a" FOREIGN KEY ("desk_id") REFERENCES "desk"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "booking_desk" DROP CONSTRAINT "FK_7e5abcdc92e8f66be26784c507a"`);
    await queryRunner.query(`ALTER TABLE "booking_desk" DROP CONSTRAINT "FK_30ed8970d384ed3d6e8cbe6b5ec"`);
    await queryRunner.query(`ALTER TABLE "booking" DROP CONSTRAINT "FK_15d7246105f04ade14de03f8f18"`);
    await queryRunner.query(`ALTER TABLE "booking" DROP CONSTRAINT "FK_4366a303ddf97280d91fe451e65"`);
    await queryRunner.query(`ALTER TABLE "contract" DROP CONSTRAINT "FK_83bacd134cebf408dab6b8c0c26"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "FK_3ddf18987ab53ecd073f5413956"`);
    await queryRunner.query(`ALTER TABLE "kit_component" DROP CONSTRAINT "FK_0d224ff9e687d3136212fcf8a83"`);
    await queryRunner.query(`ALTER TABLE "kit" DROP CONSTRAINT "FK_7b9faa8623748edc2a91f32f135"`);
    await queryRunner.query(`ALTER TABLE "desk" DROP CONSTRAINT "FK_86f35424cf41dc7c2264ac62e03"`);
    await queryRunner.query(`ALTER TABLE "closure_date" DROP CONSTRAINT "FK_0e203650be7ec1f8e6bbaee1c1a"`);
    await queryRunner.query(`DROP TABLE "idempotency_record"`);
    await queryRunner.query(`DROP TABLE "document_counter"`);
    await queryRunner.query(`DROP TABLE "setting"`);
    await queryRunner.query(`DROP INDEX "public"."ix_booking_desk_booking"`);
    await queryRunner.query(`DROP TABLE "booking_desk"`);
    await queryRunner.query(`DROP INDEX "public"."ix_booking_studio_dates"`);
    await queryRunner.query(`DROP TABLE "booking"`);
    await queryRunner.query(`DROP TABLE "contract"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
    await queryRunner.query(`DROP TABLE "studio"`);
    await queryRunner.query(`DROP TABLE "kit_component"`);
    await queryRunner.query(`DROP TABLE "kit"`);
    await queryRunner.query(`DROP TABLE "desk"`);
    await queryRunner.query(`DROP TABLE "closure_date"`);
    await queryRunner.query(`DROP TABLE "site"`);
  }
}
