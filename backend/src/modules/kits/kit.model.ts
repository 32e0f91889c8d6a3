import { Field, Float, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateScalar } from '../../common/graphql/date.scalar.js';
import { ComponentType, KitComponentEntity, KitEntity, KitStatus } from './kit.entity.js';

registerEnumType(KitStatus, { name: 'KitStatus' });
registerEnumType(ComponentType, { name: 'ComponentType' });

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
  deskId: string | null;

  static from(e: KitEntity): KitModel {
    return Object.assign(new KitModel(), {
      id: e.id,
      assetTag: e.assetTag,
      status: e.status,
      purchasedOn: e.purchasedOn,
      retiredOn: e.retiredOn,
      deskId: e.deskId,
    });
  }
}

/** Sum of the components' manufacturing footprints (kg CO2e), as stated by their sources. */
export function kitFootprint(components: Pick<KitComponentEntity, 'embodiedKgCo2e'>[]): number {
  return Math.round(components.reduce((sum, c) => sum + Number(c.embodiedKgCo2e), 0) * 100) / 100;
}
