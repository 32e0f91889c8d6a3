import { KitStatus } from './kit.entity.js';
import { kitStatusFor } from './kit-status.js';
import { TicketSeverity, TicketStatus } from './maintenance-ticket.entity.js';

const t = (severity: TicketSeverity, status: TicketStatus) => ({ severity, status });

describe('kitStatusFor', () => {
  it('is OPERATIONAL without tickets', () => {
    expect(kitStatusFor(false, [])).toBe(KitStatus.OPERATIONAL);
  });

  it('is MAINTENANCE while a BLOCKING ticket is open or in progress', () => {
    expect(kitStatusFor(false, [t(TicketSeverity.BLOCKING, TicketStatus.OPEN)])).toBe(KitStatus.MAINTENANCE);
    expect(kitStatusFor(false, [t(TicketSeverity.BLOCKING, TicketStatus.IN_PROGRESS)])).toBe(KitStatus.MAINTENANCE);
  });

  it('is OPERATIONAL again once every BLOCKING ticket is resolved', () => {
    const resolved = t(TicketSeverity.BLOCKING, TicketStatus.RESOLVED);
    expect(kitStatusFor(false, [resolved, resolved])).toBe(KitStatus.OPERATIONAL);
    expect(kitStatusFor(false, [resolved, t(TicketSeverity.BLOCKING, TicketStatus.IN_PROGRESS)])).toBe(KitStatus.MAINTENANCE);
  });

  it('never blocks for LOW or HIGH tickets', () => {
    expect(kitStatusFor(false, [t(TicketSeverity.LOW, TicketStatus.OPEN), t(TicketSeverity.HIGH, TicketStatus.IN_PROGRESS)])).toBe(KitStatus.OPERATIONAL);
  });

  it('keeps a retired kit RETIRED whatever its tickets', () => {
    expect(kitStatusFor(true, [])).toBe(KitStatus.RETIRED);
    expect(kitStatusFor(true, [t(TicketSeverity.BLOCKING, TicketStatus.OPEN)])).toBe(KitStatus.RETIRED);
  });
});
