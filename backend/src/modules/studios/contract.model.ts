import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateScalar } from '../../common/graphql/date.scalar.js';
import { ContractEntity, ContractStatus, VolumeTier } from './contract.entity.js';

registerEnumType(ContractStatus, { name: 'ContractStatus', description: 'DRAFT → ACTIVE → TERMINATED; only an ACTIVE contract allows bookings.' });

@ObjectType('VolumeTier', { description: 'From `fromDeskDays` billable desk-days in a month, every desk-day of that month costs `dailyRateCents`.' })
export class VolumeTierModel {
  @Field(() => Int) fromDeskDays: number;
  @Field(() => Int) dailyRateCents: number;

  static from(t: VolumeTier): VolumeTierModel {
    return Object.assign(new VolumeTierModel(), { fromDeskDays: t.fromDeskDays, dailyRateCents: t.dailyRateCents });
  }
}

@ObjectType('Contract')
export class ContractModel {
  @Field(() => ID) id: string;
  @Field({ description: 'CT-YYYY-NNN' }) number: string;
  @Field(() => ContractStatus) status: ContractStatus;
  @Field(() => DateScalar) startDate: string;
  @Field(() => DateScalar, { description: 'Last day covered, inclusive' }) endDate: string;
  @Field(() => Int, { description: 'Price of one desk-day, cents excl. VAT' }) dailyRateCents: number;
  @Field(() => [VolumeTierModel], { description: 'Sorted by fromDeskDays' }) volumeTiers: VolumeTierModel[];
  @Field(() => Int, { description: 'Most desks the studio may hold on any day (live options count)' }) maxDesks: number;
  @Field() insurancePolicyRef: string;
  @Field(() => DateScalar, { description: 'Bookings must end on or before this day' }) insuranceExpiresOn: string;
  @Field(() => Int) cancellationNoticeDays: number;
  @Field(() => Int) lateCancellationFeePct: number;
  @Field(() => Date, { nullable: true }) activatedAt: Date | null;
  @Field(() => Date, { nullable: true }) terminatedAt: Date | null;
  @Field(() => Date) createdAt: Date;
  studioId: string;

  static from(e: ContractEntity): ContractModel {
    return Object.assign(new ContractModel(), {
      id: e.id,
      number: e.number,
      status: e.status,
      startDate: e.startDate,
      endDate: e.endDate,
      dailyRateCents: e.dailyRateCents,
      volumeTiers: (e.volumeTiers ?? []).map(VolumeTierModel.from),
      maxDesks: e.maxDesks,
      insurancePolicyRef: e.insurancePolicyRef,
      insuranceExpiresOn: e.insuranceExpiresOn,
      cancellationNoticeDays: e.cancellationNoticeDays,
      lateCancellationFeePct: e.lateCancellationFeePct,
      activatedAt: e.activatedAt,
      terminatedAt: e.terminatedAt,
      createdAt: e.createdAt,
      studioId: e.studioId,
    });
  }
}
