import { SiteEntity, ClosureDateEntity } from '../modules/site/site.entity.js';
import { DeskEntity } from '../modules/site/desk.entity.js';
import { KitEntity, KitComponentEntity } from '../modules/kits/kit.entity.js';
import { UserEntity } from '../modules/users/user.entity.js';
import { StudioEntity } from '../modules/studios/studio.entity.js';
import { ContractEntity } from '../modules/studios/contract.entity.js';
import { BookingEntity, BookingDeskEntity } from '../modules/booking/booking.entity.js';
import { SettingEntity } from '../modules/settings/setting.entity.js';
import { DocumentCounterEntity } from '../common/numbering/document-counter.entity.js';
import { IdempotencyRecordEntity } from '../common/idempotency/idempotency-record.entity.js';

/** Every TypeORM entity; a module adds its own here. */
export const ENTITIES = [
  SiteEntity,
  ClosureDateEntity,
  DeskEntity,
  KitEntity,
  KitComponentEntity,
  UserEntity,
  StudioEntity,
  ContractEntity,
  BookingEntity,
  BookingDeskEntity,
  SettingEntity,
  DocumentCounterEntity,
  IdempotencyRecordEntity,
];
