import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '../../common/graphql/date.scalar.js';
import { Co2Assumption, Co2Limit } from './co2-assumptions.js';
import { Co2ReportResult, ConservativeReading, MonthCo2, StudioCo2 } from './co2-report.js';
import { ComponentType } from '../kits/kit.entity.js';
import { ComponentFootprintReference } from './component-references.js';
import { FOUNDING_STUDY, ProjectionResult } from './co2-projection.js';

/** Figures go out to the gram: enough for any display, and free of float noise. */
const kg = (v: number) => Math.round(v * 1000) / 1000;

@ObjectType('Co2Assumption', { description: 'A factor a figure was computed with, its unit and its source.' })
export class Co2AssumptionModel {
  @Field({ description: 'Stable identifier (referenceKitKg, kitLifetimeYears, refurbishedFactor, carKgPerKm…).' }) key: string;
  @Field() name: string;
  @Field(() => Float) value: number;
  @Field() unit: string;
  @Field() source: string;
  @Field({ description: 'The source is the built-in wording (clients may show their own translation of it); false when the operator set the value or wrote the source.' })
  builtInSource: boolean;

  static from(a: Co2Assumption): Co2AssumptionModel {
    return Object.assign(new Co2AssumptionModel(), { key: a.key, name: a.name, value: a.value, unit: a.unit, source: a.source, builtInSource: a.builtInSource });
  }
}

@ObjectType('Co2Limit', { description: "A limit of the method, to read before quoting the figures." })
export class Co2LimitModel {
  @Field() key: string;
  @Field() text: string;

  static from(l: Co2Limit): Co2LimitModel {
    return Object.assign(new Co2LimitModel(), { key: l.key, text: l.text });
  }
}

@ObjectType('Co2StudioLine', { description: "One studio's part of the report." })
export class Co2StudioLineModel {
  @Field(() => Int, { description: 'Its peak of desks held CONFIRMED on one open day: the machines it did not buy.' }) machinesAvoided: number;
  @Field(() => DateScalar, { nullable: true, description: 'First open day it held that peak.' }) peakDate: string | null;
  @Field(() => Int, { description: 'Desks held CONFIRMED × open days.' }) deskDays: number;
  @Field(() => Float, { description: "Its desk-days over every studio's: its share of Studio FLEX's footprint (0–1)." }) share: number;
  @Field(() => Float) grossAvoidedKg: number;
  @Field(() => Float, { description: "Its share of Studio FLEX's kits' footprint, kg CO2e." }) flexFootprintKg: number;
  @Field(() => Float) netAvoidedKg: number;
  @Field(() => Float, { description: 'Net under the conservative reading (avoided purchases over their 6-year lifetime).' }) conservativeNetAvoidedKg: number;
  @Field(() => Float) carKmEquivalent: number;
  studioId: string;

  static from(l: StudioCo2): Co2StudioLineModel {
    return Object.assign(new Co2StudioLineModel(), {
      studioId: l.studioId,
      machinesAvoided: l.machinesAvoided,
      peakDate: l.peakDate,
      deskDays: l.deskDays,
      share: l.share,
      grossAvoidedKg: kg(l.grossAvoidedKg),
      flexFootprintKg: kg(l.flexFootprintKg),
      netAvoidedKg: kg(l.netAvoidedKg),
      conservativeNetAvoidedKg: kg(l.conservativeNetAvoidedKg),
      carKmEquivalent: kg(l.carKmEquivalent),
    });
  }
}

@ObjectType('Co2Month', { description: 'One month of the period read alone, and the period from its start to the end of that month ("cumulative").' })
export class Co2MonthModel {
  @Field({ description: 'YYYY-MM' }) month: string;
  @Field(() => DateScalar) from: string;
  @Field(() => DateScalar) to: string;
  @Field(() => Int) machinesAvoided: number;
  @Field(() => Float) grossAvoidedKg: number;
  @Field(() => Float) flexFootprintKg: number;
  @Field(() => Float) netAvoidedKg: number;
  @Field(() => Int) cumulativeMachinesAvoided: number;
  @Field(() => Float) cumulativeGrossAvoidedKg: number;
  @Field(() => Float) cumulativeFlexFootprintKg: number;
  @Field(() => Float) cumulativeNetAvoidedKg: number;

  static from(m: MonthCo2): Co2MonthModel {
    return Object.assign(new Co2MonthModel(), {
      month: m.month,
      from: m.from,
      to: m.to,
      machinesAvoided: m.machinesAvoided,
      grossAvoidedKg: kg(m.grossAvoidedKg),
      flexFootprintKg: kg(m.flexFootprintKg),
      netAvoidedKg: kg(m.netAvoidedKg),
      cumulativeMachinesAvoided: m.cumulativeMachinesAvoided,
      cumulativeGrossAvoidedKg: kg(m.cumulativeGrossAvoidedKg),
      cumulativeFlexFootprintKg: kg(m.cumulativeFlexFootprintKg),
      cumulativeNetAvoidedKg: kg(m.cumulativeNetAvoidedKg),
    });
  }
}

@ObjectType('Co2ConservativeReading', { description: "The avoided purchases allocated to the period over a desktop's lifetime (ADEME / Boavizta: 6 years)." })
export class Co2ConservativeReadingModel {
  @Field(() => Float) avoidedLifetimeYears: number;
  @Field(() => Float, { description: 'min(1, period days / (lifetime × 365))' }) allocatedShare: number;
  @Field(() => Float) grossAvoidedKg: number;
  @Field(() => Float) flexFootprintKg: number;
  @Field(() => Float) netAvoidedKg: number;
  @Field(() => Float) carKmEquivalent: number;

  static from(c: ConservativeReading): Co2ConservativeReadingModel {
    return Object.assign(new Co2ConservativeReadingModel(), {
      avoidedLifetimeYears: c.avoidedLifetimeYears,
      allocatedShare: c.allocatedShare,
      grossAvoidedKg: kg(c.grossAvoidedKg),
      flexFootprintKg: kg(c.flexFootprintKg),
      netAvoidedKg: kg(c.netAvoidedKg),
      carKmEquivalent: kg(c.carKmEquivalent),
    });
  }
}

@ObjectType('Co2Report', { description: 'CO2 saved by the machines studios did not buy, from confirmed bookings, kg CO2e.' })
export class Co2ReportModel {
  @Field(() => DateScalar) from: string;
  @Field(() => DateScalar) to: string;
  @Field(() => Int, { description: 'Calendar days of the period.' }) periodDays: number;
  @Field(() => Int) openDays: number;
  @Field(() => Int, { description: 'Desk-days of the studio read (every studio when none).' }) deskDays: number;
  @Field(() => Int, { description: "Studio FLEX's kits in service on at least one day of the period." }) kitsInService: number;
  @Field(() => Int, { description: "Σ over studios of each one's peak of desks held CONFIRMED on one open day." }) machinesAvoided: number;
  @Field(() => Float, { description: 'machinesAvoided × the reference kit footprint.' }) grossAvoidedKg: number;
  @Field(() => Float, { description: "Studio FLEX's own kits allocated to the period (one studio: its share by desk-days)." }) flexFootprintKg: number;
  @Field(() => Float) netAvoidedKg: number;
  @Field(() => Float, { description: 'netAvoidedKg / the car factor: km of an average thermal car.' }) carKmEquivalent: number;
  @Field(() => [Co2StudioLineModel], { description: 'A manager sees only its own line.' }) perStudio: Co2StudioLineModel[];
  @Field(() => [Co2MonthModel]) months: Co2MonthModel[];
  @Field(() => Co2ConservativeReadingModel) conservative: Co2ConservativeReadingModel;
  @Field(() => [Co2AssumptionModel], { description: 'Every factor used, with its unit and source.' }) assumptions: Co2AssumptionModel[];
  @Field(() => [Co2LimitModel]) limits: Co2LimitModel[];
  @Field({ description: 'When the figures were computed.' }) generatedAt: Date;
  /** The studio read, or null for every studio (resolved into `studio`). */
  studioId: string | null;

  static from(r: Co2ReportResult, extra: { studioId: string | null; assumptions: Co2Assumption[]; limits: Co2Limit[]; generatedAt: Date }): Co2ReportModel {
    return Object.assign(new Co2ReportModel(), {
      from: r.from,
      to: r.to,
      periodDays: r.periodDays,
      openDays: r.openDays,
      deskDays: r.deskDays,
      kitsInService: r.kitsInService,
      machinesAvoided: r.machinesAvoided,
      grossAvoidedKg: kg(r.grossAvoidedKg),
      flexFootprintKg: kg(r.flexFootprintKg),
      netAvoidedKg: kg(r.netAvoidedKg),
      carKmEquivalent: kg(r.carKmEquivalent),
      perStudio: r.perStudio.map(Co2StudioLineModel.from),
      months: r.months.map(Co2MonthModel.from),
      conservative: Co2ConservativeReadingModel.from(r.conservative),
      assumptions: extra.assumptions.map(Co2AssumptionModel.from),
      limits: extra.limits.map(Co2LimitModel.from),
      generatedAt: extra.generatedAt,
      studioId: extra.studioId,
    });
  }
}

@ObjectType('Co2Projection', { description: "The founding study's scenario for any inputs, kg CO2e." })
export class Co2ProjectionModel {
  @Field(() => Int, { description: 'desks × users per desk per year × years, whole machines.' }) machinesAvoided: number;
  @Field(() => Float) grossAvoidedKg: number;
  @Field(() => Int, { description: 'Times Studio FLEX equips its desks: ⌈years / kit lifetime⌉.' }) kitGenerations: number;
  @Field(() => Float, { description: 'desks × kit footprint × kitGenerations.' }) flexFootprintKg: number;
  @Field(() => Float) netAvoidedKg: number;
  @Field(() => Float) carKmEquivalent: number;
  @Field(() => [Co2AssumptionModel]) assumptions: Co2AssumptionModel[];

  static from(p: ProjectionResult, assumptions: Co2Assumption[]): Co2ProjectionModel {
    return Object.assign(new Co2ProjectionModel(), {
      machinesAvoided: p.machinesAvoided,
      grossAvoidedKg: kg(p.grossAvoidedKg),
      kitGenerations: p.kitGenerations,
      flexFootprintKg: kg(p.flexFootprintKg),
      netAvoidedKg: kg(p.netAvoidedKg),
      carKmEquivalent: kg(p.carKmEquivalent),
      assumptions: assumptions.map(Co2AssumptionModel.from),
    });
  }
}

@ObjectType('Co2Settings', { description: 'The factors of the CO2 report: three the operator sets, two fixed, each with its source.' })
export class Co2SettingsModel {
  @Field(() => Float) referenceKitKg: number;
  @Field() referenceKitSource: string;
  @Field({ description: 'The operator wrote the reference source (false: the default wording).' }) referenceKitSourceCustom: boolean;
  @Field(() => Float) kitLifetimeYears: number;
  @Field() kitLifetimeSource: string;
  @Field(() => Float) refurbishedFactor: number;
  @Field() refurbishedFactorSource: string;
  @Field(() => Float, { description: 'Fixed.' }) carKgPerKm: number;
  @Field() carSource: string;
  @Field(() => Float, { description: 'Fixed: lifetime of an avoided desktop in the conservative reading.' }) avoidedLifetimeYears: number;
  @Field() avoidedLifetimeSource: string;
  @Field(() => Float) defaultReferenceKitKg: number;
  @Field(() => Float) defaultKitLifetimeYears: number;
  @Field(() => Float) defaultRefurbishedFactor: number;
  @Field(() => DateScalar, { nullable: true, description: "The day Studio FLEX's first kit went into service: start of the 'since opening' reading." })
  openedOn: string | null;
}

@ObjectType('Co2ForBooking', { description: 'What a booking of N desks avoids at most: N machines not bought, at the reference footprint.' })
export class Co2ForBookingModel {
  @Field(() => Int) machinesAvoided: number;
  @Field(() => Float) grossAvoidedKg: number;
  @Field(() => Float) carKmEquivalent: number;
  @Field(() => Float) referenceKitKg: number;
}

@ObjectType('Co2Study', { description: "The founding study's scenario, the simulator's starting point, and the net saving it announces." })
export class Co2StudyModel {
  @Field(() => Int) desks: number;
  @Field(() => Float) usersPerDeskPerYear: number;
  @Field(() => Float) years: number;
  @Field(() => Float, { description: 'kg CO2e to manufacture one kit' }) kitFootprintKg: number;
  @Field(() => Float, { description: "Years a kit serves in the study's scenario" }) kitLifetimeYears: number;
  @Field(() => Float, { description: 'What the study announces, kg CO2e' }) netAvoidedKg: number;

  static of(netAvoidedKg: number): Co2StudyModel {
    return Object.assign(new Co2StudyModel(), { ...FOUNDING_STUDY, netAvoidedKg: kg(netAvoidedKg) });
  }
}

@ObjectType('Co2ComponentReference', { description: 'A reference manufacturing footprint for one component type, and its source.' })
export class Co2ComponentReferenceModel {
  @Field(() => ComponentType) type: ComponentType;
  @Field(() => Float) kgCo2e: number;
  @Field() source: string;

  static from(r: ComponentFootprintReference): Co2ComponentReferenceModel {
    return Object.assign(new Co2ComponentReferenceModel(), r);
  }
}
