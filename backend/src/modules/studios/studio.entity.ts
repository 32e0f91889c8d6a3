import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Language } from './language.js';

@Entity('studio')
// The French e-invoicing rules' format of an electronic address (BR-FR-23, BR-FR-25).
@Check('ck_studio_electronic_address', `"electronic_address" ~ '^[A-Za-z0-9+_.-]{1,125}$'`)
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
  /**
   * Where e-invoicing platforms deliver its invoices (French directory, scheme 0225), set by the
   * operator; null: its SIREN (see electronicAddressOf).
   */
  @Column({ type: 'text', nullable: true }) electronicAddress: string | null;
  /** First production: the onboarding checklist is shown. */
  @Column({ type: 'boolean', default: false }) isNew: boolean;
  /** Language of the e-mails to the studio's contact (payment reminders). */
  @Column({ type: 'text', default: Language.FR }) language: Language;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
