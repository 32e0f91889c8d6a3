import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MaintenanceTicketEntity, TicketSeverity, TicketStatus } from './maintenance-ticket.entity.js';

registerEnumType(TicketSeverity, { name: 'TicketSeverity', description: 'BLOCKING takes the kit out of service (MAINTENANCE)' });
registerEnumType(TicketStatus, { name: 'TicketStatus' });

@ObjectType('MaintenanceTicket')
export class MaintenanceTicketModel {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => TicketSeverity) severity: TicketSeverity;
  @Field(() => TicketStatus) status: TicketStatus;
  @Field() openedAt: Date;
  @Field(() => Date, { nullable: true }) startedAt: Date | null;
  @Field(() => Date, { nullable: true }) resolvedAt: Date | null;
  @Field(() => String, { nullable: true }) resolution: string | null;
  kitId: string;
  openedById: string | null;
  startedById: string | null;
  resolvedById: string | null;

  static from(e: MaintenanceTicketEntity): MaintenanceTicketModel {
    return Object.assign(new MaintenanceTicketModel(), {
      id: e.id,
      title: e.title,
      description: e.description,
      severity: e.severity,
      status: e.status,
      openedAt: e.openedAt,
      startedAt: e.startedAt,
      resolvedAt: e.resolvedAt,
      resolution: e.resolution,
      kitId: e.kitId,
      openedById: e.openedById,
      startedById: e.startedById,
      resolvedById: e.resolvedById,
    });
  }
}
