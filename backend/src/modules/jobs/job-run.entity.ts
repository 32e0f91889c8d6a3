import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum JobRunState {
  RUNNING = 'RUNNING',
  COMPLETED = 'COMPLETED',
  FAILED = 'FAILED',
}

/**
 * One attempt of a scheduled job, whichever instance ran it: the operator's "last run" and
 * failure count, and the proof a tick ran once across the fleet. Kept 30 days.
 */
@Entity('job_run')
@Index('ix_job_run_name_started', ['name', 'startedAt'])
@Check('ck_job_run_state', `"state" IN ('RUNNING', 'COMPLETED', 'FAILED')`)
export class JobRunEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) name: string;
  /** The pg-boss job this attempt ran (a retry is another attempt of the same job). */
  @Column({ type: 'uuid', nullable: true }) queueJobId: string | null;
  /** Host, process and a random tag: which app instance ran it. */
  @Column({ type: 'text' }) instance: string;
  @Column({ type: 'text' }) state: JobRunState;
  @CreateDateColumn({ type: 'timestamptz' }) startedAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) finishedAt: Date | null;
  /** What the run did, in a few words (e.g. "3 option(s) expired"). */
  @Column({ type: 'text', nullable: true }) outcome: string | null;
  @Column({ type: 'text', nullable: true }) error: string | null;
}
