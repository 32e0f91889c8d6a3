import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Payments (partial or whole) on invoices, payment reminders (one row per invoice and kind),
 * the studios' auxiliary accounts for the FEC, and the studio's language. Invoices marked paid
 * before payments existed get the payment that paid them (by transfer, on their paid_on day, for
 * what was due then), so balances, the FEC and the e-reporting of payments see that money.
 */
export class Payments1796400000000 implements MigrationInterface {
  name = 'Payments1796400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "invoice_payment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "invoice_id" uuid NOT NULL, "studio_id" uuid NOT NULL, "received_on" date NOT NULL, "amount_cents" integer NOT NULL, "vat_rate_pct" integer NOT NULL, "vat_cents" integer NOT NULL, "method" text NOT NULL, "reference" text, "recorded_by_id" uuid, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_invoice_payment_method" CHECK ("method" IN ('TRANSFER', 'DIRECT_DEBIT', 'CARD', 'CHEQUE')), CONSTRAINT "ck_invoice_payment_amount" CHECK ("amount_cents" > 0 AND "vat_cents" >= 0 AND "vat_cents" <= "amount_cents"), CONSTRAINT "PK_b63cfba23ecc43531b5c571ffa3" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_invoice_payment_studio" ON "invoice_payment"  ("studio_id", "received_on") `);
    await queryRunner.query(`CREATE INDEX "ix_invoice_payment_received" ON "invoice_payment"  ("received_on") `);
    await queryRunner.query(`CREATE INDEX "ix_invoice_payment_invoice" ON "invoice_payment"  ("invoice_id", "received_on") `);
    await queryRunner.query(`CREATE TABLE "payment_reminder" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "invoice_id" uuid NOT NULL, "kind" text NOT NULL, "sent_on" date NOT NULL, "to_address" text NOT NULL, "language" text NOT NULL, "balance_due_cents" integer NOT NULL, "outbox_message_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_payment_reminder_invoice_kind" UNIQUE ("invoice_id", "kind"), CONSTRAINT "ck_payment_reminder_language" CHECK ("language" IN ('fr', 'en')), CONSTRAINT "ck_payment_reminder_kind" CHECK ("kind" IN ('FIRST', 'SECOND')), CONSTRAINT "PK_cb837e90c7bc9ebeef192ddae59" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_payment_reminder_sent" ON "payment_reminder"  ("sent_on") `);
    await queryRunner.query(`CREATE TABLE "accounting_customer" ("studio_id" uuid NOT NULL, "code" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_90467b20a7849d47992df314668" UNIQUE ("code"), CONSTRAINT "PK_bd4009cfb3fbc72d73cd7a27a5c" PRIMARY KEY ("studio_id"))`);
    await queryRunner.query(`ALTER TABLE "studio" ADD "language" text NOT NULL DEFAULT 'fr'`);
    await queryRunner.query(`ALTER TABLE "studio" ADD CONSTRAINT "ck_studio_language" CHECK ("language" IN ('fr', 'en'))`);
    await queryRunner.query(`ALTER TABLE "invoice_payment" ADD CONSTRAINT "FK_5dede093a15bc721f40e607fe90" FOREIGN KEY ("invoice_id") REFERENCES "invoice"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "payment_reminder" ADD CONSTRAINT "FK_7376e8b6e6d1506a9f48b681e8c" FOREIGN KEY ("invoice_id") REFERENCES "invoice"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "payment_reminder" ADD CONSTRAINT "FK_c773cb89689e9175aed29b5b6f7" FOREIGN KEY ("outbox_message_id") REFERENCES "outbox_message"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "accounting_customer" ADD CONSTRAINT "FK_bd4009cfb3fbc72d73cd7a27a5c" FOREIGN KEY ("studio_id") REFERENCES "studio"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`INSERT INTO "invoice_payment" ("invoice_id", "studio_id", "received_on", "amount_cents", "vat_rate_pct", "vat_cents", "method", "recorded_at")
      SELECT i.id, i.studio_id, i.paid_on, d.due, i.vat_rate_pct, floor(d.due::numeric * i.vat_cents / i.total_incl_tax_cents + 0.5)::int, 'TRANSFER', i.updated_at
        FROM "invoice" i
        CROSS JOIN LATERAL (SELECT i.total_incl_tax_cents - coalesce((SELECT sum(c.total_incl_tax_cents) FROM "credit_note" c WHERE c.invoice_id = i.id AND c.issue_date <= i.paid_on), 0) AS due) d
       WHERE i.paid_on IS NOT NULL AND d.due > 0 AND i.total_incl_tax_cents > 0`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "accounting_customer" DROP CONSTRAINT "FK_bd4009cfb3fbc72d73cd7a27a5c"`);
    await queryRunner.query(`ALTER TABLE "payment_reminder" DROP CONSTRAINT "FK_c773cb89689e9175aed29b5b6f7"`);
    await queryRunner.query(`ALTER TABLE "payment_reminder" DROP CONSTRAINT "FK_7376e8b6e6d1506a9f48b681e8c"`);
    await queryRunner.query(`ALTER TABLE "invoice_payment" DROP CONSTRAINT "FK_5dede093a15bc721f40e607fe90"`);
    await queryRunner.query(`ALTER TABLE "studio" DROP CONSTRAINT "ck_studio_language"`);
    await queryRunner.query(`ALTER TABLE "studio" DROP COLUMN "language"`);
    await queryRunner.query(`DROP TABLE "accounting_customer"`);
    await queryRunner.query(`DROP INDEX "public"."ix_payment_reminder_sent"`);
    await queryRunner.query(`DROP TABLE "payment_reminder"`);
    await queryRunner.query(`DROP INDEX "public"."ix_invoice_payment_invoice"`);
    await queryRunner.query(`DROP INDEX "public"."ix_invoice_payment_received"`);
    await queryRunner.query(`DROP INDEX "public"."ix_invoice_payment_studio"`);
    await queryRunner.query(`DROP TABLE "invoice_payment"`);
  }
}
