import { Field, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '../../common/graphql/date.scalar.js';
import { addDays, LocalDate } from '../../common/time/dates.js';
import { ContractEntity } from '../studios/contract.entity.js';
import type { SiteCalendar } from '../site/opening.js';
import { BookingEntity } from './booking.entity.js';
import { cancellationRefusal, chargesOfCancelling, lateFeeAmount } from './cancellation-fee.js';
import { countDeskDays, HeldDays } from './desk-days.js';

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

/**
 * The preview of cancelling `booking` at `now` (a pure computation over what the resolver
 * loaded): the charges the mutation would record, and the fee as the invoice will price it at
 * the contract's daily rate. Null when the booking cannot be cancelled.
 */
export function cancellationPreview(booking: BookingEntity, contract: ContractEntity, rows: readonly HeldDays[], calendar: SiteCalendar, now: Date, today: LocalDate): CancellationPreviewModel | null {
  if (cancellationRefusal(booking, now, today)) return null;
  const charges = chargesOfCancelling(booking, contract, now, today);
  const feeDeskDays = charges.lateFeeFrom ? countDeskDays(rows, calendar, charges.lateFeeFrom, charges.lateFeeTo!) : 0;
  return Object.assign(new CancellationPreviewModel(), {
    free: charges.free,
    freeUntil: addDays(booking.startDate, -contract.cancellationNoticeDays),
    lateFeeFrom: charges.lateFeeFrom,
    lateFeeTo: charges.lateFeeTo,
    lateFeePct: charges.lateFeePct,
    billedThrough: charges.billedThrough,
    feeDeskDays,
    estimatedFeeCents: lateFeeAmount(feeDeskDays, contract.dailyRateCents, charges.lateFeePct ?? 0),
  });
}
