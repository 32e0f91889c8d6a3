import { Field, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '../../common/graphql/date.scalar.js';
import { addDays, LocalDate } from '../../common/time/dates.js';
import { ContractEntity } from '../studios/contract.entity.js';
import { SiteCalendar, isOpenDay } from '../site/opening.js';
import { openDeskDays } from './booking-pricing.js';
import { BookingEntity, BookingStatus } from './booking.entity.js';
import { cancellationCharges } from './cancellation-fee.js';
import type { DeskRange } from './booking-rules.js';

@ObjectType('CancellationPreview', { description: 'What cancelling the booking today would bill, to show before the user confirms.' })
export class CancellationPreviewModel {
  @Field({ description: 'Cancelling today costs nothing' }) free: boolean;
  @Field(() => DateScalar, { description: 'Free cancellation was possible up to this day' }) freeUntil: string;
  @Field(() => DateScalar, { nullable: true }) lateFeeFrom: string | null;
  @Field(() => DateScalar, { nullable: true }) lateFeeTo: string | null;
  @Field(() => Int, { nullable: true }) lateFeePct: number | null;
  @Field(() => DateScalar, { nullable: true, description: 'Days up to this one are already past and stay billed normally' }) billedThrough: string | null;
  @Field(() => Int, { description: 'Desk-days on open days in the late-fee window' }) feeDeskDays: number;
  @Field(() => Int, { description: "Estimated late fee, cents excl. VAT, at the contract's daily rate (the invoice applies the month's volume tier)" })
  estimatedFeeCents: number;
}

/** The preview of cancelling `booking` on `today` (a pure computation over what the resolver loaded). */
export function cancellationPreview(booking: BookingEntity, status: BookingStatus, contract: ContractEntity, rows: readonly DeskRange[], calendar: SiteCalendar, today: LocalDate): CancellationPreviewModel {
  const charges = cancellationCharges({
    startDate: booking.startDate,
    endDate: booking.endDate,
    isOption: status === BookingStatus.OPTION,
    cancelledOn: today,
    noticeDays: contract.cancellationNoticeDays,
    feePct: contract.lateCancellationFeePct,
  });
  const feeDeskDays = charges.lateFeeFrom ? openDeskDays(rows, charges.lateFeeFrom, charges.lateFeeTo!, (d) => isOpenDay(calendar, d)) : 0;
  const freeUntil = addDays(booking.startDate, -contract.cancellationNoticeDays);
  return Object.assign(new CancellationPreviewModel(), {
    free: charges.free,
    freeUntil,
    lateFeeFrom: charges.lateFeeFrom,
    lateFeeTo: charges.lateFeeTo,
    lateFeePct: charges.lateFeePct,
    billedThrough: charges.billedThrough,
    feeDeskDays,
    estimatedFeeCents: Math.round((feeDeskDays * contract.dailyRateCents * (charges.lateFeePct ?? 0)) / 100),
  });
}
