import { Column, Entity, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { SiteEntity } from './site.entity.js';

@Entity('desk')
@Unique('uq_desk_site_code', ['siteId', 'code'])
export class DeskEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) siteId: string;
  @ManyToOne(() => SiteEntity, { onDelete: 'RESTRICT' }) site?: SiteEntity;
  @Column({ type: 'text' }) code: string;
  @Column({ type: 'text' }) zone: string;
  /** Position on the floor plan, in metres from the room's top-left corner. */
  @Column({ type: 'real' }) x: number;
  @Column({ type: 'real' }) y: number;
}
