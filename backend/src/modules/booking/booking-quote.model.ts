import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateScalar } from '../../common/graphql/date.scalar.js';
import { DeskModel } from '../site/desk.model.js';
import { ContractModel } from '../studios/contract.model.js';
import { BookingConflict, BookingConflictCode } from './booking-conflict.js';

registerEnumType(BookingConflictCode, { name: 'BookingConflictCode', description: 'The error code bookDesks would answer for this conflict.' });

@ObjectType('BookingConflict', { description: 'A rule the booking would break, in plain words.' })
export class BookingConflictModel {
  @Field(() => BookingConflictCode) code: BookingConflictCode;
  @Field({ description: 'What is wrong and what to do (English; clients may translate by code)' }) message: string;
  @Field(() => [String], { description: 'Desk codes concerned' }) deskCodes: string[];
  @Field(() => DateScalar, { nullable: true }) from: string | null;
  @Field(() => DateScalar, { nullable: true }) to: string | null;

  static from(c: BookingConflict): BookingConflictModel {
    return Object.assign(new BookingConflictModel(), { code: c.code, message: c.message, deskCodes: c.deskCodes, from: c.from, to: c.to });
  }
}

@ObjectType('QuoteMonth', { description: 'The price of the booking\'s desk-days in one month.' })
export class QuoteMonthModel {
  @Field({ description: 'YYYY-MM' }) month: string;
  @Field(() => Int, { description: 'Desk-days of this booking on open days of the month' }) deskDays: number;
  @Field(() => Int, { description: "The studio's billable desk-days that month with this booking, which picks the volume tier" }) studioDeskDays: number;
  @Field(() => Int, { description: 'Rate applied, cents excl. VAT' }) dailyRateCents: number;
  @Field(() => Int, { description: 'deskDays × dailyRateCents' }) amountCents: number;
}

@ObjectType('BookingQuote', { description: 'What a booking would cost and what stands in its way, without booking anything.' })
export class BookingQuoteModel {
  @Field(() => DateScalar) startDate: string;
  @Field(() => DateScalar) endDate: string;
  @Field(() => Int, { description: 'Calendar days, both ends included' }) days: number;
  @Field(() => Int, { description: 'Days the site opens (billed days)' }) openDays: number;
  @Field(() => [DeskModel], { description: 'The desks it would take (chosen for a deskCount), team together first' }) desks: DeskModel[];
  @Field(() => Int, { description: 'Desk-days on open days: what is billed' }) deskDays: number;
  @Field(() => ContractModel, { nullable: true, description: 'The contract that would cover it' }) contract: ContractModel | null;
  @Field(() => [QuoteMonthModel]) months: QuoteMonthModel[];
  @Field(() => Int, {
    nullable: true,
    description: 'Estimated amount excl. VAT, cents, at the volume tier each month would reach if it were confirmed; null without a covering contract',
  })
  amountCents: number | null;
  @Field(() => [BookingConflictModel], { description: 'Empty when bookDesks would accept it now' }) conflicts: BookingConflictModel[];
  @Field({ description: 'No conflict' }) bookable: boolean;
}
