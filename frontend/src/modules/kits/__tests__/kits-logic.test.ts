import { describe, expect, it } from 'vitest';
import type { TicketSeverity, TicketStatus } from '../../../gql/graphql';
import { blockingSummary, boardColumns, dropAction, RESOLVED_SHOWN } from '../board';
import { componentInput, followReference, type FootprintReference } from '../component-form';
import { inventoryStats, shortModel, sortedComponents, workstationModel } from '../kit-format';

const ticket = (id: string, status: TicketStatus, severity: TicketSeverity, openedAt: string, desk: { id: string; bookable: boolean } | null = null) => ({ id, status, severity, openedAt, kit: { desk } });

describe('the maintenance board', () => {
  const tickets = [
    ticket('low-old', 'OPEN', 'LOW', '2026-03-01T08:00:00Z'),
    ticket('blocking-new', 'OPEN', 'BLOCKING', '2026-03-04T08:00:00Z', { id: 'A01', bookable: false }),
    ticket('high', 'OPEN', 'HIGH', '2026-03-02T08:00:00Z'),
    ticket('blocking-old', 'OPEN', 'BLOCKING', '2026-03-03T08:00:00Z', { id: 'A01', bookable: false }),
    ticket('doing', 'IN_PROGRESS', 'BLOCKING', '2026-03-01T08:00:00Z', { id: 'B02', bookable: false }),
    ...Array.from({ length: 15 }, (_, i) => ticket(`done-${i}`, 'RESOLVED', 'HIGH', '2026-02-01T08:00:00Z', { id: 'C01', bookable: true })),
  ];

  it('puts what hurts most and has waited longest first', () => {
    expect(boardColumns(tickets).OPEN.map((x) => x.id)).toEqual(['blocking-old', 'blocking-new', 'high', 'low-old']);
  });

  it('shows only the latest resolved tickets', () => {
    const resolved = boardColumns(tickets).RESOLVED;
    expect(resolved).toHaveLength(RESOLVED_SHOWN);
    expect(resolved[0]!.id).toBe('done-0');
  });

  it('counts the blocking tickets not resolved and the desks they put out of service (a desk once)', () => {
    expect(blockingSummary(tickets)).toEqual({ blocking: 3, desksDown: 2 });
  });

  it('starts a card dropped on "in progress", resolves one dropped on "resolved", moves nothing back', () => {
    expect(dropAction('OPEN', 'IN_PROGRESS')).toBe('start');
    expect(dropAction('OPEN', 'RESOLVED')).toBe('resolve');
    expect(dropAction('IN_PROGRESS', 'RESOLVED')).toBe('resolve');
    expect(dropAction('IN_PROGRESS', 'OPEN')).toBeNull();
    expect(dropAction('RESOLVED', 'IN_PROGRESS')).toBeNull();
    expect(dropAction('OPEN', 'OPEN')).toBeNull();
  });
});

describe('kits', () => {
  it('lists a kit’s components workstation first, then monitors, tablet, peripherals', () => {
    const parts = [{ type: 'PERIPHERAL' as const }, { type: 'MONITOR' as const }, { type: 'WORKSTATION' as const }, { type: 'TABLET' as const }, { type: 'MONITOR' as const }];
    expect(sortedComponents(parts).map((c) => c.type)).toEqual(['WORKSTATION', 'MONITOR', 'MONITOR', 'TABLET', 'PERIPHERAL']);
  });

  it('names a workstation by its model without the specs', () => {
    expect(shortModel('Dell Precision 3680 Tower (i7-14700, 64 GB, RTX 4000 Ada)')).toBe('Dell Precision 3680 Tower');
    expect(workstationModel([{ type: 'MONITOR', model: 'EIZO' }, { type: 'WORKSTATION', model: 'HP Z2 G9 Tower (i9)' }])).toBe('HP Z2 G9 Tower');
    expect(workstationModel([{ type: 'MONITOR', model: 'EIZO' }])).toBeUndefined();
  });

  it('counts the inventory: in service, on desks, operational spares, in maintenance, retired', () => {
    const kits = [
      { status: 'OPERATIONAL', spare: false, desk: { id: 'A01' } },
      { status: 'MAINTENANCE', spare: false, desk: { id: 'A02' } },
      { status: 'OPERATIONAL', spare: true, desk: null },
      { status: 'MAINTENANCE', spare: true, desk: null },
      { status: 'RETIRED', spare: false, desk: null },
    ];
    expect(inventoryStats(kits)).toEqual({ inService: 4, onDesks: 2, spares: 1, maintenance: 2, retired: 1 });
  });
});

describe('a new component’s footprint', () => {
  const references: FootprintReference[] = [
    { type: 'WORKSTATION', kgCo2e: 205, source: 'ADEME desktop' },
    { type: 'MONITOR', kgCo2e: 66, source: 'ADEME monitor' },
  ];

  it('follows the reference of its type while the operator has not written a source', () => {
    expect(followReference(references, 'MONITOR', { embodied: '', source: '' })).toEqual({ embodied: '66', source: 'ADEME monitor' });
    expect(followReference(references, 'WORKSTATION', { embodied: '66', source: 'ADEME monitor' })).toEqual({ embodied: '205', source: 'ADEME desktop' });
    // No reference for peripherals: the operator says the figure and where it comes from.
    expect(followReference(references, 'PERIPHERAL', { embodied: '205', source: 'ADEME desktop' })).toEqual({ embodied: '', source: '' });
  });

  it('keeps what the operator wrote', () => {
    expect(followReference(references, 'MONITOR', { embodied: '12', source: 'Fiche constructeur' })).toBeNull();
  });

  it('sends the footprint typed with a decimal comma as a number, and no empty source', () => {
    expect(componentInput({ type: 'MONITOR', model: 'EIZO', serialNumber: 'X1', refurbished: true, embodied: '66,5', source: '  ' })).toEqual({
      type: 'MONITOR', model: 'EIZO', serialNumber: 'X1', refurbished: true, embodiedKgCo2e: 66.5, footprintSource: undefined,
    });
  });
});
