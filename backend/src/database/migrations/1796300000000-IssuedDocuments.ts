import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issued documents stored once and never changed (a trigger refuses UPDATE, DELETE and TRUNCATE),
 * and the studios' electronic invoicing address.
 */
export class IssuedDocuments1796300000000 implements MigrationInterface {
  name = 'IssuedDocuments1796300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "issued_document" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" text NOT NULL, "invoice_id" uuid, "credit_note_id" uuid, "filename" text NOT NULL, "pdf" bytea NOT NULL, "xml" text NOT NULL, "sha256" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_948d217f5e07fe2edf823d82ef8" UNIQUE ("invoice_id"), CONSTRAINT "UQ_405dfc983cce203451e111ab08f" UNIQUE ("credit_note_id"), CONSTRAINT "ck_issued_document_sha256" CHECK ("sha256" = encode(sha256("pdf"), 'hex')), CONSTRAINT "ck_issued_document_target" CHECK (("kind" = 'INVOICE' AND "invoice_id" IS NOT NULL AND "credit_note_id" IS NULL) OR ("kind" = 'CREDIT_NOTE' AND "credit_note_id" IS NOT NULL AND "invoice_id" IS NULL)), CONSTRAINT "PK_1a9f2dc02e78fca4081931cd71e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`ALTER TABLE "studio" ADD "electronic_address" text`);
    await queryRunner.query(`ALTER TABLE "studio" ADD CONSTRAINT "ck_studio_electronic_address" CHECK ("electronic_address" ~ '^[A-Za-z0-9+_.-]{1,125}$')`);
    await queryRunner.query(`ALTER TABLE "issued_document" ADD CONSTRAINT "FK_948d217f5e07fe2edf823d82ef8" FOREIGN KEY ("invoice_id") REFERENCES "invoice"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "issued_document" ADD CONSTRAINT "FK_405dfc983cce203451e111ab08f" FOREIGN KEY ("credit_note_id") REFERENCES "credit_note"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`CREATE FUNCTION "issued_document_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'an issued document never changes (% refused on issued_document)', TG_OP USING ERRCODE = 'integrity_constraint_violation';
      END $$`);
    await queryRunner.query(`CREATE TRIGGER "tr_issued_document_immutable" BEFORE UPDATE OR DELETE ON "issued_document" FOR EACH ROW EXECUTE FUNCTION "issued_document_immutable"()`);
    await queryRunner.query(`CREATE TRIGGER "tr_issued_document_no_truncate" BEFORE TRUNCATE ON "issued_document" FOR EACH STATEMENT EXECUTE FUNCTION "issued_document_immutable"()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "tr_issued_document_no_truncate" ON "issued_document"`);
    await queryRunner.query(`DROP TRIGGER "tr_issued_document_immutable" ON "issued_document"`);
    await queryRunner.query(`DROP FUNCTION "issued_document_immutable"()`);
    await queryRunner.query(`ALTER TABLE "issued_document" DROP CONSTRAINT "FK_405dfc983cce203451e111ab08f"`);
    await queryRunner.query(`ALTER TABLE "issued_document" DROP CONSTRAINT "FK_948d217f5e07fe2edf823d82ef8"`);
    await queryRunner.query(`ALTER TABLE "studio" DROP CONSTRAINT "ck_studio_electronic_address"`);
    await queryRunner.query(`ALTER TABLE "studio" DROP COLUMN "electronic_address"`);
    await queryRunner.query(`DROP TABLE "issued_document"`);
  }
}
