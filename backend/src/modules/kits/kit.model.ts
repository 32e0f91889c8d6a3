import { Field, Float, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateScalar } from '../../common/graphql/date.scalar.js';
import { ComponentType, KitComponentEntity, KitEntity, KitStatus } from './kit.entity.js';
import { KitDeskChange, KitDeskHistoryEntity } from './kit-desk-history.entity.js';

registerEnumType(KitStatus, { name: 'KitStatus' });
registerEnumType(ComponentType, { name: 'ComponentType' });
registerEnumType(KitDeskChange, { name: 'KitDeskChange', description: 'Why a kit came onto or left a desk' });

@ObjectType('KitComponent')
export class KitComponentModel {
  @Field(() => ID) id: string;
  @Field(() => ComponentType) type: ComponentType;
  @Field() model: string;
  @Field() serialNumber: string;
  @Field(() => Float, { description: 'Manufacturing footprint, kg CO2e' }) embodiedKgCo2e: number;
  @Field() refurbished: boolean;
  @Field({ description: 'Where the embodied figure comes from' }) footprintSource: string;

  static from(e: KitComponentEntity): KitComponentModel {
    return Object.assign(new KitComponentModel(), {
      id: e.id,
      type: e.type,
      model: e.model,
      serialNumber: e.serialNumber,
      embodiedKgCo2e: e.embodiedKgCo2e,
      refurbished: e.refurbished,
      footprintSource: e.footprintSource,
    });
  }
}

@ObjectType('Kit')
export class KitModel {
  @Field(() => ID) id: string;
  @Field() assetTag: string;
  @Field(() => KitStatus) status: KitStatus;
  @Field(() => DateScalar) purchasedOn: string;
  @Field(() => DateScalar, { nullable: true }) retiredOn: string | null;
  @Field({ description: 'In service but on no desk: ready to be swapped in (when OPERATIONAL).' }) spare: boolean;
  deskId: string | null;

  static from(e: KitEntity): KitModel {
    return Object.assign(new KitModel(), {
      id: e.id,
      assetTag: e.assetTag,
      status: e.status,
      purchasedOn: e.purchasedOn,
      retiredOn: e.retiredOn,
      spare: e.deskId === null && e.status !== KitStatus.RETIRED,
      deskId: e.deskId,
    });
  }
}

@ObjectType('KitDeskStint', { description: 'A stay of a kit on a desk (Europe/Paris days, inclusive).' })
export class KitDeskStintModel {
  @Field(() => ID) id: string;
  @Field(() => DateScalar) from: string;
  @Field(() => DateScalar, { nullable: true, description: 'Last day on the desk; null while it is still there.' }) to: string | null;
  @Field(() => KitDeskChange) arrivedBy: KitDeskChange;
  @Field(() => KitDeskChange, { nullable: true }) leftBy: KitDeskChange | null;
  deskId: string;
  kitId: string;

  static from(e: KitDeskHistoryEntity): KitDeskStintModel {
    return Object.assign(new KitDeskStintModel(), {
      id: e.id,
      from: e.fromDate,
      to: e.toDate,
      arrivedBy: e.arrivedBy,
      leftBy: e.leftBy,
      deskId: e.deskId,
      kitId: e.kitId,
    });
  }
}

/** Sum of the components' manufacturing footprints (kg CO2e), as stated by their sources. */
export function kitFootprint(components: Pick<KitComponentEntity, 'embodiedKgCo2e'>[]): number {
  return Math.round(components.reduce((sum, c) => sum + Number(c.embodiedKgCo2e), 0) * 100) / 100;
}
