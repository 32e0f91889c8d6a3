import { MigrationInterface, QueryRunner } from 'typeorm';

/** Invoices (one draft per studio and month, numbered once issued), their lines, credit notes. */
export class Invoicing1795882786367 implements MigrationInterface {
  name = 'Invoicing1795882786367';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "invoice" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "number" text, "studio_id" uuid NOT NULL, "month" text NOT NULL, "status" text NOT NULL DEFAULT 'DRAFT', "total_excl_tax_cents" integer NOT NULL DEFAULT '0', "vat_rate_pct" integer NOT NULL DEFAULT '20', "vat_cents" integer NOT NULL DEFAULT '0', "total_incl_tax_cents" integer NOT NULL DEFAULT '0', "billable_desk_days" integer NOT NULL DEFAULT '0', "contract_numbers" jsonb NOT NULL DEFAULT '[]', "issued_at" TIMESTAMP WITH TIME ZONE, "issue_date" date, "due_date" date, "paid_on" date, "seller" jsonb, "buyer" jsonb, "issued_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_60284980bc8b9c624459948f4ac" UNIQUE ("number"), CONSTRAINT "ck_invoice_totals" CHECK ("total_incl_tax_cents" = "total_excl_tax_cents" + "vat_cents" AND "total_excl_tax_cents" >= 0 AND "vat_cents" >= 0), CONSTRAINT "ck_invoice_paid" CHECK (("status" <> 'PAID' OR "paid_on" IS NOT NULL) AND ("paid_on" IS NULL OR "status" IN ('PAID', 'CANCELLED'))), CONSTRAINT "ck_invoice_issued" CHECK ("status" = 'DRAFT' OR ("issue_date" IS NOT NULL AND "due_date" IS NOT NULL AND "issued_at" IS NOT NULL AND "seller" IS NOT NULL AND "buyer" IS NOT NULL)), CONSTRAINT "ck_invoice_number" CHECK (("status" = 'DRAFT') = ("number" IS NULL)), CONSTRAINT "ck_invoice_month" CHECK ("month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'), CONSTRAINT "ck_invoice_status" CHECK ("status" IN ('DRAFT', 'ISSUED', 'PAID', 'CANCELLED')), CONSTRAINT "PK_15d25c200d9bcd8a33f698daf18" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_invoice_month" ON "invoice"  ("month", "studio_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_invoice_draft_studio_month" ON "invoice"  ("studio_id", "month") WHERE "status" = 'DRAFT'`);
    await queryRunner.query(`CREATE TABLE "invoice_line" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "invoice_id" uuid NOT NULL, "position" smallint NOT NULL, "kind" text NOT NULL, "booking_id" uuid NOT NULL, "description" text NOT NULL, "quantity" integer NOT NULL, "unit_price_cents" integer NOT NULL, "amount_cents" integer NOT NULL, "period_start" date NOT NULL, "period_end" date NOT NULL, "desk_codes" jsonb NOT NULL DEFAULT '[]', CONSTRAINT "ck_invoice_line_amount" CHECK ("amount_cents" = "quantity" * "unit_price_cents" AND "quantity" > 0 AND "unit_price_cents" >= 0), CONSTRAINT "ck_invoice_line_kind" CHECK ("kind" IN ('DESK_DAYS', 'LATE_CANCELLATION')), CONSTRAINT "PK_112d67e85951a56ee5123e9c803" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_invoice_line_booking" ON "invoice_line"  ("booking_id") `);
    await queryRunner.query(`CREATE INDEX "ix_invoice_line_invoice" ON "invoice_line"  ("invoice_id", "position") `);
    await queryRunner.query(`CREATE TABLE "credit_note" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "number" text NOT NULL, "invoice_id" uuid NOT NULL, "studio_id" uuid NOT NULL, "reason" text NOT NULL, "whole_invoice" boolean NOT NULL, "total_excl_tax_cents" integer NOT NULL, "vat_rate_pct" integer NOT NULL, "vat_cents" integer NOT NULL, "total_incl_tax_cents" integer NOT NULL, "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL, "issue_date" date NOT NULL, "seller" jsonb NOT NULL, "buyer" jsonb NOT NULL, "issued_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_35658bfb675c9321a4e20fa437c" UNIQUE ("number"), CONSTRAINT "ck_credit_note_reason" CHECK (length(btrim("reason")) > 0), CONSTRAINT "ck_credit_note_amounts" CHECK ("total_excl_tax_cents" > 0 AND "vat_cents" >= 0 AND "total_incl_tax_cents" = "total_excl_tax_cents" + "vat_cents"), CONSTRAINT "PK_1f08d9f374b8db39fd4c8e789df" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_credit_note_studio" ON "credit_note"  ("studio_id") `);
    await queryRunner.query(`CREATE INDEX "ix_credit_note_invoice" ON "credit_note"  ("invoice_id") `);
    await queryRunner.query(`ALTER TABLE "invoice" ADD CONSTRAINT "FK_86a0555fc5a7cb62f4464b0b998" FOREIGN KEY ("studio_id") REFERENCES "studio"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "invoice_line" ADD CONSTRAINT "FK_36e6eecdb00b171d90ff63f2d20" FOREIGN KEY ("invoice_id") REFERENCES "invoice"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "invoice_line" ADD CONSTRAINT "FK_5268498b1fa84cce28340bb58cf" FOREIGN KEY ("booking_id") REFERENCES "booking"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "credit_note" ADD CONSTRAINT "FK_5600d59a3ab7fadc41078250d30" FOREIGN KEY ("invoice_id") REFERENCES "invoice"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "credit_note" ADD CONSTRAINT "FK_a4596acf8b7b3f387706ac5f8bb" FOREIGN KEY ("studio_id") REFERENCES "studio"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "credit_note" DROP CONSTRAINT "FK_a4596acf8b7b3f387706ac5f8bb"`);
    await queryRunner.query(`ALTER TABLE "credit_note" DROP CONSTRAINT "FK_5600d59a3ab7fadc41078250d30"`);
    await queryRunner.query(`ALTER TABLE "invoice_line" DROP CONSTRAINT "FK_5268498b1fa84cce28340bb58cf"`);
    await queryRunner.query(`ALTER TABLE "invoice_line" DROP CONSTRAINT "FK_36e6eecdb00b171d90ff63f2d20"`);
    await queryRunner.query(`ALTER TABLE "invoice" DROP CONSTRAINT "FK_86a0555fc5a7cb62f4464b0b998"`);
    await queryRunner.query(`DROP INDEX "public"."ix_credit_note_invoice"`);
    await queryRunner.query(`DROP INDEX "public"."ix_credit_note_studio"`);
    await queryRunner.query(`DROP TABLE "credit_note"`);
    await queryRunner.query(`DROP INDEX "public"."ix_invoice_line_invoice"`);
    await queryRunner.query(`DROP INDEX "public"."ix_invoice_line_booking"`);
    await queryRunner.query(`DROP TABLE "invoice_line"`);
    await queryRunner.query(`DROP INDEX "public"."uq_invoice_draft_studio_month"`);
    await queryRunner.query(`DROP INDEX "public"."ix_invoice_month"`);
    await queryRunner.query(`DROP TABLE "invoice"`);
  }
}
