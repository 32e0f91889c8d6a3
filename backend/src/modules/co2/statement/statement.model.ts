import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Allow, IsIn, IsNumber, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { DateScalar } from '../../../common/graphql/date.scalar.js';
import type { ProductionFootprint, SiteFootprint } from './production-footprint.js';
import type { FrozenFactors } from './statement-method.js';

const g = (v: number) => Math.round(v * 1000) / 1000;

@ObjectType('CarbonSiteLine', { description: "A production's footprint on one site." })
export class CarbonSiteLineModel {
  @Field(() => ID) siteId: string;
  @Field() siteName: string;
  @Field(() => Int) deskDays: number;
  @Field(() => Int) peakDesks: number;
  @Field(() => Float) manufacturingKg: number;
  @Field(() => Float) electricityKwh: number;
  @Field(() => Float) electricityKg: number;

  static from(s: SiteFootprint, names: Record<string, string>): CarbonSiteLineModel {
    return Object.assign(new CarbonSiteLineModel(), { ...s, siteName: names[s.siteId] ?? s.siteId, manufacturingKg: g(s.manufacturingKg), electricityKwh: g(s.electricityKwh), electricityKg: g(s.electricityKg) });
  }
}

@ObjectType('CarbonFigures', { description: 'A production’s footprint at Studio FLEX (kg CO2e) and, apart and never subtracted, the purchases it avoided.' })
export class CarbonFiguresModel {
  @Field(() => Int) deskDays: number;
  @Field(() => Int) checkInDays: number;
  @Field(() => Int, { description: 'Most desks held on one open day: the machines not bought.' }) machinesAvoided: number;
  @Field(() => DateScalar, { nullable: true }) peakDate: string | null;
  @Field(() => Int) meteredDeskDays: number;
  @Field(() => Float) manufacturingKg: number;
  @Field(() => Float) manufacturingLowKg: number;
  @Field(() => Float) manufacturingHighKg: number;
  @Field(() => Float) electricityKwh: number;
  @Field(() => Float) electricityKg: number;
  @Field(() => Float, { description: 'Manufacturing + electricity: the production’s own footprint here (scope 3).' }) footprintKg: number;
  @Field(() => Float) footprintLowKg: number;
  @Field(() => Float) footprintHighKg: number;
  @Field(() => Float, { description: 'Avoided emissions (Net Zero Initiative pillar B), reported beside the footprint.' }) avoidedKg: number;
  @Field(() => Float) avoidedLowKg: number;
  @Field(() => Float) avoidedHighKg: number;
  @Field(() => Float) avoidedConservativeKg: number;
  @Field(() => [CarbonSiteLineModel]) sites: CarbonSiteLineModel[];

  static from(f: ProductionFootprint, names: Record<string, string>): CarbonFiguresModel {
    const out = Object.assign(new CarbonFiguresModel(), f);
    for (const k of Object.keys(f) as Array<keyof ProductionFootprint>) if (typeof f[k] === 'number' && k.endsWith('Kg')) (out as any)[k] = g(f[k] as number);
    out.electricityKwh = g(f.electricityKwh);
    out.sites = f.sites.map((s) => CarbonSiteLineModel.from(s, names));
    return out;
  }
}

@ObjectType('CarbonFactor', { description: 'A factor as a statement uses it, with its source and version (null: the built-in default).' })
export class CarbonFactorModel {
  @Field() key: string;
  @Field(() => Float) value: number;
  @Field() unit: string;
  @Field() source: string;
  @Field(() => Int, { nullable: true }) versionId: number | null;

  static list(f: FrozenFactors): CarbonFactorModel[] {
    return Object.entries(f).map(([key, v]) => Object.assign(new CarbonFactorModel(), { key, ...v }));
  }
}

@ObjectType('ProductionCarbon', { description: "A production's figures over a period, computed now (not a statement)." })
export class ProductionCarbonModel {
  @Field(() => ID) studioId: string;
  @Field() productionName: string;
  @Field(() => DateScalar) from: string;
  @Field(() => DateScalar) to: string;
  @Field(() => CarbonFiguresModel) figures: CarbonFiguresModel;
  @Field(() => [CarbonFactorModel]) factors: CarbonFactorModel[];
}

@ObjectType('CarbonStatement', { description: 'An issued statement: numbered, dated, frozen (figures and factor versions as issued).' })
export class CarbonStatementModel {
  @Field(() => ID) id: string;
  @Field({ description: 'CO2-YYYY-NNNNN' }) number: string;
  @Field(() => ID) studioId: string;
  @Field() productionName: string;
  @Field(() => DateScalar) from: string;
  @Field(() => DateScalar) to: string;
  @Field() issuedAt: Date;
  @Field(() => CarbonFiguresModel) figures: CarbonFiguresModel;
  @Field(() => [CarbonFactorModel]) factors: CarbonFactorModel[];
  @Field({ description: 'SHA-256 of the French PDF as stored.' }) sha256: string;
}

@ObjectType('Co2FactorVersion', { description: 'One version of a CO2 factor, as the operator recorded it.' })
export class Co2FactorVersionModel {
  @Field(() => Int) id: number;
  @Field() key: string;
  @Field(() => Float) value: number;
  @Field() source: string;
  @Field() createdAt: Date;
}

@ObjectType('KitMeterReading', { description: "A kit's electricity meter index on a day." })
export class KitMeterReadingModel {
  @Field(() => ID) id: string;
  @Field(() => ID) kitId: string;
  @Field(() => DateScalar) readOn: string;
  @Field(() => Float) kwh: number;
}

@InputType()
export class IssueCarbonStatementInput {
  @Field(() => ID, { nullable: true, description: 'The studio (operator); a manager’s own studio when left out.' }) @IsOptional() @IsUUID() studioId?: string;
  @Field() @IsString() @MaxLength(200) productionName: string;
  @Field(() => DateScalar) @Allow() from: string;
  @Field(() => DateScalar) @Allow() to: string;
}

@InputType()
export class Co2FactorVersionInput {
  @Field({ description: 'gridKgPerKwh (French grid, kg CO2e/kWh) or kwhPerDeskDay.' }) @IsIn(['gridKgPerKwh', 'kwhPerDeskDay']) key: 'gridKgPerKwh' | 'kwhPerDeskDay';
  @Field(() => Float) @IsNumber({ allowNaN: false, allowInfinity: false }) value: number;
  @Field({ description: 'Publication, version and year of the value.' }) @IsString() @MaxLength(400) source: string;
}

@InputType()
export class KitMeterReadingInput {
  @Field(() => ID) @IsUUID() kitId: string;
  @Field(() => DateScalar) @Allow() readOn: string;
  @Field(() => Float, { description: 'Cumulative meter index, kWh.' }) @IsNumber({ allowNaN: false, allowInfinity: false }) kwh: number;
}
