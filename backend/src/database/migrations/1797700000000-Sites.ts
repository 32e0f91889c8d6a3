import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A network of sites: SITE_OPERATOR accounts run the sites of user_site; contracts name the
 * sites they cover (contract_site). There was one site until now: every existing contract
 * covers it.
 */
export class Sites1797700000000 implements MigrationInterface {
  name = 'Sites1797700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "ck_app_user_role"`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD CONSTRAINT "ck_app_user_role" CHECK ("role" IN ('OPERATOR', 'SITE_OPERATOR', 'STUDIO_MANAGER'))`);
    await queryRunner.query(`CREATE TABLE "user_site" ("user_id" uuid NOT NULL, "site_id" uuid NOT NULL, CONSTRAINT "PK_72b20c37f609d0b79fc0361a3e4" PRIMARY KEY ("user_id", "site_id"))`);
    await queryRunner.query(`CREATE INDEX "ix_user_site_site" ON "user_site"  ("site_id") `);
    await queryRunner.query(`CREATE TABLE "contract_site" ("contract_id" uuid NOT NULL, "site_id" uuid NOT NULL, CONSTRAINT "PK_03557e0a4369d831ff297431704" PRIMARY KEY ("contract_id", "site_id"))`);
    await queryRunner.query(`CREATE INDEX "ix_contract_site_site" ON "contract_site"  ("site_id") `);
    await queryRunner.query(`ALTER TABLE "user_site" ADD CONSTRAINT "FK_89345e46cca4af1b853024df84d" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "user_site" ADD CONSTRAINT "FK_7b011ff447eddaaf28de8740e63" FOREIGN KEY ("site_id") REFERENCES "site"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "contract_site" ADD CONSTRAINT "FK_03d891aa0d15510b68f68ae3686" FOREIGN KEY ("contract_id") REFERENCES "contract"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "contract_site" ADD CONSTRAINT "FK_0485f14fe3efa9c6f2f527d0262" FOREIGN KEY ("site_id") REFERENCES "site"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`INSERT INTO "contract_site" ("contract_id", "site_id")
      SELECT c.id, s.id FROM "contract" c CROSS JOIN (SELECT id FROM "site" ORDER BY created_at, name LIMIT 1) s`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "contract_site"`);
    await queryRunner.query(`DROP TABLE "user_site"`);
    await queryRunner.query(`DELETE FROM "app_user" WHERE "role" = 'SITE_OPERATOR'`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "ck_app_user_role"`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD CONSTRAINT "ck_app_user_role" CHECK ("role" IN ('OPERATOR', 'STUDIO_MANAGER'))`);
  }
}
