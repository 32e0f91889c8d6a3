import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';

@InputType()
export class CreateCreditNoteInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'invoiceId must be an invoice id' })
  invoiceId: string;

  @Field({ description: 'Why the invoice is credited (printed on the credit note).' })
  @IsString()
  @MinLength(3, { message: 'reason must say why (at least 3 characters)' })
  @MaxLength(500)
  reason: string;

  @Field(() => Int, { nullable: true, description: 'Amount excluding VAT to credit, in cents; absent: everything still creditable (the invoice is cancelled).' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'amountExclTaxCents must be at least 1 cent' })
  @Max(2_000_000_000)
  amountExclTaxCents?: number | null;
}
