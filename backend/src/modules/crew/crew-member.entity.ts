import { Check, Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { StudioEntity } from '../studios/studio.entity.js';

/** What an anonymised crew member is called: the row stays so past check-ins keep counting. */
export const ANONYMISED_NAME = 'Ancien membre';

/**
 * A person a studio puts on desks (often an intermittent worker). Removal or the retention
 * job anonymises the row (name, e-mail, job title gone) instead of deleting it.
 */
@Entity('crew_member')
@Check('ck_crew_member_name', `length(btrim("full_name")) > 0`)
@Check('ck_crew_member_anonymised', `"anonymised_at" IS NULL OR "email" IS NULL`)
// One entry per person and studio: e-mails are stored lower-cased.
@Index('uq_crew_member_studio_email', ['studioId', 'email'], { unique: true, where: `"email" IS NOT NULL` })
export class CrewMemberEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) studioId: string;
  @ManyToOne(() => StudioEntity, { onDelete: 'RESTRICT' }) studio?: StudioEntity;
  @Column({ type: 'text' }) fullName: string;
  /** Lower-cased; null once anonymised. */
  @Column({ type: 'text', nullable: true }) email: string | null;
  @Column({ type: 'text', nullable: true }) jobTitle: string | null;
  /** When the personal data was removed (removal, erasure request, or 12 months without assignment). */
  @Column({ type: 'timestamptz', nullable: true }) anonymisedAt: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
