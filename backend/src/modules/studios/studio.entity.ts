import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Language } from './language.js';

@Entity('studio')
@Check('ck_studio_language', `"language" IN ('fr', 'en')`)
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
  /** Language of the e-mails to the studio's contact (payment reminders). */
  @Column({ type: 'text', default: Language.FR }) language: Language;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
