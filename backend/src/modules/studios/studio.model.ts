import { Field, ID, ObjectType } from '@nestjs/graphql';
import { StudioEntity } from './studio.entity.js';

@ObjectType('Studio')
export class StudioModel {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() legalName: string;
  @Field() siret: string;
  @Field(() => String, { nullable: true }) vatNumber: string | null;
  @Field() billingAddress: string;
  @Field() contactEmail: string;
  @Field() isNew: boolean;

  static from(e: StudioEntity): StudioModel {
    return Object.assign(new StudioModel(), {
      id: e.id,
      name: e.name,
      legalName: e.legalName,
      siret: e.siret,
      vatNumber: e.vatNumber,
      billingAddress: e.billingAddress,
      contactEmail: e.contactEmail,
      isNew: e.isNew,
    });
  }
}
