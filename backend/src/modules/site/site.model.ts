import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '../../common/graphql/date.scalar.js';
import { SiteEntity } from './site.entity.js';
import type { ZoneCount } from './site.repository.js';

@ObjectType('SiteZone')
export class SiteZoneModel {
  @Field({ description: 'Zone letter (A, B…): the first letter of its desk codes' }) name: string;
  @Field(() => Int, { description: 'Desks in the zone' }) desks: number;
}

@ObjectType('Site', { description: 'A FLEX site: its desks, opening days and closures are its own.' })
export class SiteModel {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() address: string;
  @Field({ description: 'IANA time zone of the site (Europe/Paris)' }) timezone: string;
  @Field(() => Int) areaSqm: number;
  @Field(() => [Int], { description: 'ISO weekdays the site opens (1 = Monday … 7 = Sunday)' }) openWeekdays: number[];
  @Field(() => [SiteZoneModel], { description: 'Its zones with their desk counts, by name' }) zones: SiteZoneModel[];
  @Field(() => Int, { description: 'Desks of the site' }) deskCount: number;

  static from(e: SiteEntity, zones: readonly ZoneCount[]): SiteModel {
    const own = zones.filter((z) => z.siteId === e.id).map((z) => Object.assign(new SiteZoneModel(), { name: z.zone, desks: z.desks }));
    return Object.assign(new SiteModel(), {
      id: e.id,
      name: e.name,
      address: e.address,
      timezone: e.timezone,
      areaSqm: e.areaSqm,
      openWeekdays: [...e.openWeekdays].sort((a, b) => a - b),
      zones: own,
      deskCount: own.reduce((s, z) => s + z.desks, 0),
    });
  }
}

@ObjectType('SiteClosure')
export class SiteClosureModel {
  @Field(() => ID) siteId: string;
  @Field(() => DateScalar) date: string;
  @Field() label: string;
}
