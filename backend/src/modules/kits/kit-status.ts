import { KitStatus } from './kit.entity.js';
import { TicketSeverity, TicketStatus } from './maintenance-ticket.entity.js';

/**
 * A kit's status follows from two facts: retired kits stay RETIRED; otherwise any BLOCKING
 * ticket not yet resolved keeps it in MAINTENANCE; else it is OPERATIONAL.
 * LOW and HIGH tickets never take a kit out of service.
 */
export function kitStatusFor(retired: boolean, tickets: ReadonlyArray<{ severity: TicketSeverity; status: TicketStatus }>): KitStatus {
  if (retired) return KitStatus.RETIRED;
  const blocked = tickets.some((t) => t.severity === TicketSeverity.BLOCKING && t.status !== TicketStatus.RESOLVED);
  return blocked ? KitStatus.MAINTENANCE : KitStatus.OPERATIONAL;
}
