import { Field, ID, ObjectType } from '@nestjs/graphql';
import { defaultElectronicAddress } from './electronic-address.js';
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
  @Field({
    description:
      'Electronic invoicing address in the French directory (scheme 0225) where e-invoicing platforms deliver its invoices (BT-49): the SIREN unless the operator set another (SIREN + suffix).',
  })
  electronicAddress: string;

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
      electronicAddress: e.electronicAddress ?? defaultElectronicAddress(e.siret),
    });
  }
}
