import type { KitStatus, TicketSeverity, TicketStatus } from '../../../gql/graphql';
import type { Tone } from '../../../ui';

export const KIT_TONE: Record<KitStatus, Tone> = { OPERATIONAL: 'success', MAINTENANCE: 'warning', RETIRED: 'neutral' };
export const SEVERITY_TONE: Record<TicketSeverity, Tone> = { LOW: 'neutral', HIGH: 'warning', BLOCKING: 'danger' };
export const TICKET_TONE: Record<TicketStatus, Tone> = { OPEN: 'info', IN_PROGRESS: 'accent', RESOLVED: 'success' };
export const SEVERITIES: TicketSeverity[] = ['LOW', 'HIGH', 'BLOCKING'];
