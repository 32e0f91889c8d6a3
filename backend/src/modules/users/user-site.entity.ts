import { Entity, Index, ManyToOne, PrimaryColumn } from 'typeorm';
import { SiteEntity } from '../site/site.entity.js';
import { UserEntity } from './user.entity.js';

/** A site a SITE_OPERATOR runs (one row per site). */
@Entity('user_site')
@Index('ix_user_site_site', ['siteId'])
export class UserSiteEntity {
  @PrimaryColumn({ type: 'uuid' }) userId: string;
  @PrimaryColumn({ type: 'uuid' }) siteId: string;
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' }) user?: UserEntity;
  @ManyToOne(() => SiteEntity, { onDelete: 'RESTRICT' }) site?: SiteEntity;
}
