import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { DeskEntity } from './desk.entity.js';

@ObjectType('Desk')
export class DeskModel {
  @Field(() => ID) id: string;
  @Field({ description: 'A01 … D10 (unique within its site)' }) code: string;
  @Field({ description: 'A, B, C or D' }) zone: string;
  @Field(() => Float, { description: 'Floor-plan position, metres from the left wall' }) x: number;
  @Field(() => Float, { description: 'Floor-plan position, metres from the top wall' }) y: number;
  @Field(() => ID, { description: 'The site the desk stands in' }) siteId: string;
  /** Set where the read already knew it (deskBookable, in SQL): Desk.bookable then answers without a load. */
  bookable?: boolean;

  static from(e: DeskEntity): DeskModel {
    return Object.assign(new DeskModel(), { id: e.id, code: e.code, zone: e.zone, x: e.x, y: e.y, siteId: e.siteId });
  }
}
