import { MigrationInterface, QueryRunner } from 'typeorm';

/** The attempts of the scheduled jobs (pg-boss keeps the queue in its own `pgboss` schema). */
export class JobRuns1797100000000 implements MigrationInterface {
  name = 'JobRuns1797100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "job_run" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "queue_job_id" uuid, "instance" text NOT NULL, "state" text NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "finished_at" TIMESTAMP WITH TIME ZONE, "outcome" text, "error" text, CONSTRAINT "ck_job_run_state" CHECK ("state" IN ('RUNNING', 'COMPLETED', 'FAILED')), CONSTRAINT "PK_96fe0b041b8bc157dcec25bd8ef" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_job_run_name_started" ON "job_run" ("name", "started_at") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_job_run_name_started"`);
    await queryRunner.query(`DROP TABLE "job_run"`);
  }
}
