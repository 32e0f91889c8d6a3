import { TicketStatus } from './maintenance-ticket.entity.js';
import { nextTicketStatus } from './ticket-transitions.js';

describe('nextTicketStatus', () => {
  it('starts only an OPEN ticket', () => {
    expect(nextTicketStatus(TicketStatus.OPEN, 'start')).toBe(TicketStatus.IN_PROGRESS);
    expect(nextTicketStatus(TicketStatus.IN_PROGRESS, 'start')).toBeNull();
    expect(nextTicketStatus(TicketStatus.RESOLVED, 'start')).toBeNull();
  });

  it('resolves an OPEN or IN_PROGRESS ticket, never a RESOLVED one', () => {
    expect(nextTicketStatus(TicketStatus.OPEN, 'resolve')).toBe(TicketStatus.RESOLVED);
    expect(nextTicketStatus(TicketStatus.IN_PROGRESS, 'resolve')).toBe(TicketStatus.RESOLVED);
    expect(nextTicketStatus(TicketStatus.RESOLVED, 'resolve')).toBeNull();
  });
});
