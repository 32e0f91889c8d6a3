import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('studio')
export class StudioEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text', unique: true }) name: string;
  @Column({ type: 'text' }) legalName: string;
  /** 14 digits. */
  @Column({ type: 'text' }) siret: string;
  @Column({ type: 'text', nullable: true }) vatNumber: string | null;
  @Column({ type: 'text' }) billingAddress: string;
  @Column({ type: 'text' }) contactEmail: string;
  /** First production: the onboarding checklist is shown. */
  @Column({ type: 'boolean', default: false }) isNew: boolean;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
