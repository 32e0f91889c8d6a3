import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Allow, IsEnum, IsInt, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { DateScalar } from '../../../../common/graphql/date.scalar.js';
import { PaymentMethod } from '../payment.entity.js';

@InputType()
export class RecordPaymentInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be an invoice id' }) invoiceId: string;
  @Field(() => DateScalar, { description: 'The day the money arrived: from the issue date to today.' }) @Allow() date: string;
  @Field(() => Int, { description: 'Cents including VAT: more than 0, at most what is due.' }) @IsInt({ message: 'must be a whole number of cents' }) amountCents: number;
  @Field(() => PaymentMethod) @IsEnum(PaymentMethod) method: PaymentMethod;
  @Field(() => String, { nullable: true, description: 'Bank reference, cheque number… (140 characters at most).' })
  @IsOptional()
  @IsString()
  @MaxLength(140)
  reference?: string | null;
}
