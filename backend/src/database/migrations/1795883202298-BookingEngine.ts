import { MigrationInterface, QueryRunner } from 'typeorm';

/** Partial index for the option-expiry sweep: only live options are looked at. */
export class BookingEngine1795883202298 implements MigrationInterface {
  name = 'BookingEngine1795883202298';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "ix_booking_option_expiry" ON "booking"  ("option_expires_at") WHERE "status" = 'OPTION'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_booking_option_expiry"`);
  }
}
