import { Check, Column, CreateDateColumn, Entity, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Role } from '../../common/auth/role.js';
import { StudioEntity } from '../studios/studio.entity.js';

/** Re-exported: accounts store the guard's roles. */
export { Role };

@Entity('app_user')
@Check('ck_app_user_role', `"role" IN ('OPERATOR', 'SITE_OPERATOR', 'STUDIO_MANAGER')`)
// A manager belongs to exactly one studio; an operator (network or site) to none.
@Check('ck_app_user_studio', `("role" = 'STUDIO_MANAGER') = ("studio_id" IS NOT NULL)`)
export class UserEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** Stored lower-cased; unique. */
  @Column({ type: 'text', unique: true }) email: string;
  @Column({ type: 'text' }) fullName: string;
  @Column({ type: 'text' }) role: Role;
  @Column({ type: 'uuid', nullable: true }) studioId: string | null;
  @ManyToOne(() => StudioEntity, { onDelete: 'RESTRICT', nullable: true }) studio?: StudioEntity | null;
  /** argon2id; null while an invited user has not yet set a password through the invitation link. */
  @Column({ type: 'text', nullable: true }) passwordHash: string | null;
  /** Set by the operator: the user cannot sign in and every session has ended. */
  @Column({ type: 'timestamptz', nullable: true }) disabledAt: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
