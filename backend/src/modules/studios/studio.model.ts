import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { defaultElectronicAddress } from './electronic-address.js';
import { Language } from './language.js';
import { StudioEntity } from './studio.entity.js';

registerEnumType(Language, { name: 'Language', description: 'FR or EN: the language e-mails to the studio are written in.' });

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
  @Field(() => Language, { description: 'Language of the e-mails to the contact (payment reminders).' }) language: Language;

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
      language: e.language,
    });
  }
}
