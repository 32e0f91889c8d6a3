import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Range reads (calendar, availability, board) filter live rows on `days` alone: the exclusion
 * indexes lead with `desk_id`, so they get an index of their own on `days` (EXPLAIN on the
 * bench's L data: one calendar scan from a full pass over the exclusion index to an index scan).
 */
export class RangeReads1797800000000 implements MigrationInterface {
  name = 'RangeReads1797800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "ix_booking_desk_live_days" ON "booking_desk" USING gist ("days") WHERE "live"`);
    await queryRunner.query(`CREATE INDEX "ix_crew_assignment_live_days" ON "crew_assignment" USING gist ("days") WHERE "live"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_crew_assignment_live_days"`);
    await queryRunner.query(`DROP INDEX "ix_booking_desk_live_days"`);
  }
}
