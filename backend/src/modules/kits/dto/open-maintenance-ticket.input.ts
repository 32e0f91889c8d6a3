import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { TicketSeverity } from '../maintenance-ticket.entity.js';
import { IsNotBlank } from '../../../common/validation/is-not-blank.js';

@InputType()
export class OpenMaintenanceTicketInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a kit id' }) kitId: string;
  @Field() @IsNotBlank() @MaxLength(200) title: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(5000) description?: string | null;
  @Field(() => TicketSeverity, { description: 'BLOCKING takes the kit out of service until resolved or swapped.' }) @IsEnum(TicketSeverity) severity: TicketSeverity;
}
