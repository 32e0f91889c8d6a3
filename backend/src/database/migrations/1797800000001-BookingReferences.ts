import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Booking references (BK-YYYY-NNNNN) from a sequence instead of a document_counter row locked
 * until COMMIT, which serialised every booking: references need no gap-free numbering (invoice
 * and credit-note numbers keep their counters). It starts past every number already given.
 */
export class BookingReferences1797800000001 implements MigrationInterface {
  name = 'BookingReferences1797800000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SEQUENCE "booking_reference_seq"`);
    await queryRunner.query(
      `SELECT setval('booking_reference_seq', greatest(1, (SELECT max(last_number) FROM document_counter WHERE kind = 'BK')), (SELECT max(last_number) FROM document_counter WHERE kind = 'BK') IS NOT NULL)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP SEQUENCE "booking_reference_seq"`);
  }
}
