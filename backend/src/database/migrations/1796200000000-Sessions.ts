import { MigrationInterface, QueryRunner } from 'typeorm';
import { SecretBox } from '../../common/crypto/secret-box.js';
import { resolveSecretKey } from '../../common/crypto/secret-key.js';
import { loadConfig } from '../../config/config.js';
import { OUTBOX_SECRET_CONTEXT } from '../../modules/mail/outbox-message.entity.js';

/** The key the app will use (FLEX_SECRET_KEY, or the local key file), read only when there is something to convert. */
const secretBox = () => new SecretBox(resolveSecretKey(loadConfig(process.env)));

/**
 * Sessions in the database (user_session), invitation and reset links (account_token),
 * rate limits shared by every instance (rate_limit_window, sign_in_backoff), disabled and
 * invited accounts; and no secret left readable at rest:
 * - the access codes held in the outbox are sealed (AES-256-GCM with the secret key);
 * - the generated JWT secret stored in clear in `setting` is deleted: the app generates a new
 *   one, sealed, at start. Tokens signed before this version carry no session and stop
 *   working anyway, so nothing is lost: everyone signs in again once.
 */
export class Sessions1796200000000 implements MigrationInterface {
  name = 'Sessions1796200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "user_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "secret_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ended_at" TIMESTAMP WITH TIME ZONE, "end_reason" text, "address" text, "user_agent" text, CONSTRAINT "ck_user_session_end_reason" CHECK ("end_reason" IS NULL OR "end_reason" IN ('LOGOUT', 'PASSWORD_CHANGED', 'PASSWORD_RESET', 'DISABLED')), CONSTRAINT "PK_adf3b49590842ac3cf54cac451a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_user_session_user" ON "user_session"  ("user_id", "created_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_user_session_secret_hash" ON "user_session"  ("secret_hash") `);
    await queryRunner.query(`CREATE TABLE "account_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "purpose" text NOT NULL, "token_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_account_token_purpose" CHECK ("purpose" IN ('INVITATION', 'PASSWORD_RESET')), CONSTRAINT "PK_a55842d3341d42534e39f85e931" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_account_token_user" ON "account_token"  ("user_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_account_token_hash" ON "account_token"  ("token_hash") `);
    await queryRunner.query(`CREATE TABLE "rate_limit_window" ("key" text NOT NULL, "hits" integer NOT NULL, "window_started_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_abed1cba8b3f195c0ed701bafb3" PRIMARY KEY ("key"))`);
    await queryRunner.query(`CREATE INDEX "ix_rate_limit_window_started" ON "rate_limit_window"  ("window_started_at") `);
    await queryRunner.query(`CREATE TABLE "sign_in_backoff" ("email_hash" text NOT NULL, "failures" integer NOT NULL, "last_failure_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_23f8620ecc800ec6e2001a722ea" PRIMARY KEY ("email_hash"))`);
    await queryRunner.query(`CREATE INDEX "ix_sign_in_backoff_last_failure" ON "sign_in_backoff"  ("last_failure_at") `);
    await queryRunner.query(`ALTER TABLE "outbox_message" RENAME COLUMN "secret" TO "sealed_secret"`);
    await this.sealHeldSecrets(queryRunner);
    await queryRunner.query(`DELETE FROM "setting" WHERE "key" = 'auth.jwtSecret'`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD "disabled_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "outbox_message" ADD "account_token_id" uuid`);
    await queryRunner.query(`ALTER TABLE "app_user" ALTER COLUMN "password_hash" DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE "user_session" ADD CONSTRAINT "FK_13275383dcdf095ee29f2b3455a" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "account_token" ADD CONSTRAINT "FK_ab3c66669facfe429164e60ab82" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "account_token" DROP CONSTRAINT "FK_ab3c66669facfe429164e60ab82"`);
    await queryRunner.query(`ALTER TABLE "user_session" DROP CONSTRAINT "FK_13275383dcdf095ee29f2b3455a"`);
    // Invited accounts without a password yet get one nobody can type (not an argon2 hash).
    await queryRunner.query(`UPDATE "app_user" SET "password_hash" = '!' WHERE "password_hash" IS NULL`);
    await queryRunner.query(`ALTER TABLE "app_user" ALTER COLUMN "password_hash" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "outbox_message" DROP COLUMN "account_token_id"`);
    await this.openSealedSecrets(queryRunner);
    await queryRunner.query(`ALTER TABLE "outbox_message" RENAME COLUMN "sealed_secret" TO "secret"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "disabled_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_sign_in_backoff_last_failure"`);
    await queryRunner.query(`DROP TABLE "sign_in_backoff"`);
    await queryRunner.query(`DROP INDEX "public"."ix_rate_limit_window_started"`);
    await queryRunner.query(`DROP TABLE "rate_limit_window"`);
    await queryRunner.query(`DROP INDEX "public"."ux_account_token_hash"`);
    await queryRunner.query(`DROP INDEX "public"."ix_account_token_user"`);
    await queryRunner.query(`DROP TABLE "account_token"`);
    await queryRunner.query(`DROP INDEX "public"."ux_user_session_secret_hash"`);
    await queryRunner.query(`DROP INDEX "public"."ix_user_session_user"`);
    await queryRunner.query(`DROP TABLE "user_session"`);
  }

  private sealHeldSecrets(queryRunner: QueryRunner): Promise<void> {
    return this.rewriteHeldSecrets(queryRunner, (box, value) => box.seal(value, OUTBOX_SECRET_CONTEXT));
  }

  private openSealedSecrets(queryRunner: QueryRunner): Promise<void> {
    return this.rewriteHeldSecrets(queryRunner, (box, value) => box.open(value, OUTBOX_SECRET_CONTEXT));
  }

  private async rewriteHeldSecrets(queryRunner: QueryRunner, rewrite: (box: SecretBox, value: string) => string): Promise<void> {
    const rows: Array<{ id: string; sealed_secret: string }> = await queryRunner.query(`SELECT id, sealed_secret FROM "outbox_message" WHERE sealed_secret IS NOT NULL`);
    if (!rows.length) return;
    const box = secretBox();
    for (const row of rows) {
      await queryRunner.query(`UPDATE "outbox_message" SET sealed_secret = $2 WHERE id = $1`, [row.id, rewrite(box, row.sealed_secret)]);
    }
  }
}
