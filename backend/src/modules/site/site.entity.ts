import { Column, CreateDateColumn, Entity, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

@Entity('site')
export class SiteEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text', unique: true }) name: string;
  @Column({ type: 'text' }) timezone: string;
  @Column({ type: 'integer' }) areaSqm: number;
  /** ISO weekdays the site opens (1 = Monday … 7 = Sunday). */
  @Column({ type: 'smallint', array: true }) openWeekdays: number[];
  @Column({ type: 'text' }) address: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}

/** A day the site is closed (public holiday or any closure the operator adds). */
@Entity('closure_date')
export class ClosureDateEntity {
  @PrimaryColumn({ type: 'uuid' }) siteId: string;
  @PrimaryColumn({ type: 'date' }) date: string;
  @Column({ type: 'text' }) label: string;
  @ManyToOne(() => SiteEntity, { onDelete: 'CASCADE' }) site?: SiteEntity;
}
