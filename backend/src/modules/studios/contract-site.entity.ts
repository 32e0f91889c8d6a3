import { Entity, Index, ManyToOne, PrimaryColumn } from 'typeorm';
import { SiteEntity } from '../site/site.entity.js';
import { ContractEntity } from './contract.entity.js';

/** A site a contract covers: its studio may book there while the contract is active. */
@Entity('contract_site')
@Index('ix_contract_site_site', ['siteId'])
export class ContractSiteEntity {
  @PrimaryColumn({ type: 'uuid' }) contractId: string;
  @PrimaryColumn({ type: 'uuid' }) siteId: string;
  @ManyToOne(() => ContractEntity, { onDelete: 'CASCADE' }) contract?: ContractEntity;
  @ManyToOne(() => SiteEntity, { onDelete: 'RESTRICT' }) site?: SiteEntity;
}
