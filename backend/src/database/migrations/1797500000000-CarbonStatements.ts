import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Carbon statements per production, frozen once issued (a trigger refuses UPDATE, DELETE and
 * TRUNCATE, as on issued_document), the versions of the CO2 factors (append-only too) and the
 * kits' electricity meter readings.
 */
export class CarbonStatements1797500000000 implements MigrationInterface {
  name = 'CarbonStatements1797500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "co2_factor_version" ("id" SERIAL NOT NULL, "key" text NOT NULL, "value" numeric(14,6) NOT NULL, "source" text NOT NULL, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_co2_factor_version_key" CHECK ("key" IN ('gridKgPerKwh', 'kwhPerDeskDay', 'referenceKitKg', 'kitLifetimeYears', 'refurbishedFactor')), CONSTRAINT "PK_8970681f765d136c2cb2a20b858" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_co2_factor_version_key" ON "co2_factor_version"  ("key", "id") `);
    await queryRunner.query(`CREATE TABLE "kit_meter_reading" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kit_id" uuid NOT NULL, "read_on" date NOT NULL, "kwh" numeric(14,3) NOT NULL, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_kit_meter_reading_day" UNIQUE ("kit_id", "read_on"), CONSTRAINT "ck_kit_meter_reading_kwh" CHECK ("kwh" >= 0), CONSTRAINT "PK_cf68e4fbcfd2e6ad1b8b7e058df" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "carbon_statement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "number" text NOT NULL, "studio_id" uuid NOT NULL, "production_name" text NOT NULL, "period_from" date NOT NULL, "period_to" date NOT NULL, "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL, "figures" jsonb NOT NULL, "factors" jsonb NOT NULL, "pdf_fr" bytea NOT NULL, "pdf_en" bytea NOT NULL, "csv" text NOT NULL, "sha256" text NOT NULL, "created_by_id" uuid, CONSTRAINT "UQ_248581f7f94450ca120ca67bf88" UNIQUE ("number"), CONSTRAINT "ck_carbon_statement_sha256" CHECK ("sha256" = encode(sha256("pdf_fr"), 'hex')), CONSTRAINT "ck_carbon_statement_period" CHECK ("period_to" >= "period_from"), CONSTRAINT "PK_01aeb76281071b5b877b1e3b034" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_carbon_statement_studio" ON "carbon_statement"  ("studio_id", "production_name") `);
    await queryRunner.query(`ALTER TABLE "kit_meter_reading" ADD CONSTRAINT "FK_37c7f706caaa343d2c9b1956c30" FOREIGN KEY ("kit_id") REFERENCES "kit"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "carbon_statement" ADD CONSTRAINT "FK_e4475b02b979622e430cd74b58f" FOREIGN KEY ("studio_id") REFERENCES "studio"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`CREATE FUNCTION "co2_frozen_row"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'an issued statement or a factor version never changes (% refused on %)', TG_OP, TG_TABLE_NAME USING ERRCODE = 'integrity_constraint_violation';
      END $$`);
    for (const table of ['carbon_statement', 'co2_factor_version']) {
      await queryRunner.query(`CREATE TRIGGER "tr_${table}_frozen" BEFORE UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION "co2_frozen_row"()`);
      await queryRunner.query(`CREATE TRIGGER "tr_${table}_no_truncate" BEFORE TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION "co2_frozen_row"()`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['carbon_statement', 'co2_factor_version']) {
      await queryRunner.query(`DROP TRIGGER "tr_${table}_no_truncate" ON "${table}"`);
      await queryRunner.query(`DROP TRIGGER "tr_${table}_frozen" ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION "co2_frozen_row"()`);
    await queryRunner.query(`ALTER TABLE "carbon_statement" DROP CONSTRAINT "FK_e4475b02b979622e430cd74b58f"`);
    await queryRunner.query(`ALTER TABLE "kit_meter_reading" DROP CONSTRAINT "FK_37c7f706caaa343d2c9b1956c30"`);
    await queryRunner.query(`DROP INDEX "public"."ix_carbon_statement_studio"`);
    await queryRunner.query(`DROP TABLE "carbon_statement"`);
    await queryRunner.query(`DROP TABLE "kit_meter_reading"`);
    await queryRunner.query(`DROP INDEX "public"."ix_co2_factor_version_key"`);
    await queryRunner.query(`DROP TABLE "co2_factor_version"`);
  }
}
