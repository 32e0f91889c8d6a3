import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock } from '../../common/time/clock.js';
import { LocalDate } from '../../common/time/dates.js';
import { ContractEntity } from '../studios/contract.entity.js';
import { ContractRepository } from '../studios/contract.repository.js';
import { allocateDesks } from './allocation.js';
import { BookingConflict, BookingConflictCode, conflict } from './booking-conflict.js';
import { DeskRange, deskConflicts, desksGainingDays, limitBreach, PlannedRow } from './booking-rules.js';
import { DeskHoldsRepository, DeskInfo, Hold } from './desk-holds.repository.js';

const list = (codes: string[]) => (codes.length <= 1 ? codes.join('') : `${codes.slice(0, -1).join(', ')} and ${codes[codes.length - 1]}`);
const span = (rows: readonly DeskRange[]) => ({
  first: rows.reduce((m, r) => (r.first < m ? r.first : m), rows[0].first),
  last: rows.reduce((m, r) => (r.last > m ? r.last : m), rows[0].last),
});

/**
 * The rules a booking must pass, each answering a conflict (or null) instead of throwing:
 * mutations throw the first one, the quote lists them all. Reads go through the caller's
 * transaction when there is one.
 */
@Injectable()
export class BookingChecks {
  constructor(
    private readonly contracts: ContractRepository,
    private readonly holds: DeskHoldsRepository,
    private readonly clock: Clock,
  ) {}

  /** The desks of one site (null: of every site). */
  desks(siteId: string | null, em?: EntityManager): Promise<DeskInfo[]> {
    return this.holds.desks(siteId, em);
  }

  /** Only those desks (a booking that names its desks). */
  desksByIds(ids: readonly string[], em?: EntityManager): Promise<DeskInfo[]> {
    return this.holds.desksByIds(ids, em);
  }

  /** The live holds over [first, last] that limit() and desksFree() of a booking of `deskIds` for `studioId` need, in one read. */
  holdsFor(studioId: string, deskIds: readonly string[], first: LocalDate, last: LocalDate, em?: EntityManager): Promise<Hold[]> {
    return this.holds.liveHolds(first, last, this.clock.now(), { studioOrDesks: { studioId, deskIds } }, em);
  }

  /** An ACTIVE contract covering every day, whose insurance is valid on the last day. */
  async contract(studioId: string, first: LocalDate, last: LocalDate, em?: EntityManager): Promise<{ contract: ContractEntity | null; conflict: BookingConflict | null }> {
    const covering = await this.contracts.activeCovering(studioId, first, last, em);
    if (!covering) {
      const active = await this.contracts.activeFrom(studioId, first, em);
      const near = active.find((c) => c.startDate <= last);
      const message = near
        ? `Contract ${near.number} covers ${near.startDate} to ${near.endDate}: the whole booking (${first} to ${last}) must fit inside an active contract; ask the site operator to extend it`
        : `No active contract covers ${first} to ${last}: ask the site operator for a contract before booking`;
      return { contract: null, conflict: conflict(BookingConflictCode.NO_ACTIVE_CONTRACT, message, { from: first, to: last }) };
    }
    if (covering.insuranceExpiresOn < last) {
      const message = `Your insurance (${covering.insurancePolicyRef}) expires on ${covering.insuranceExpiresOn}, before the booking's last day ${last}: send the renewed certificate to the site operator`;
      return { contract: covering, conflict: conflict(BookingConflictCode.INSURANCE_EXPIRED, message, { from: covering.insuranceExpiresOn, to: last }) };
    }
    return { contract: covering, conflict: null };
  }

  /**
   * The site a booking is made at: the one asked, else its desks' (all of one site), else the
   * contract's first covered site; the contract must cover it (SITE_NOT_COVERED).
   */
  async site(contract: ContractEntity | null, siteId: string | null | undefined, deskIds: readonly string[] | null | undefined, em?: EntityManager): Promise<{ siteId: string | null; conflict: BookingConflict | null }> {
    let site = siteId ?? null;
    if (!site && deskIds?.length) {
      const sites = await this.holds.sitesOfDesks(deskIds, em);
      if (sites.length > 1) return { siteId: null, conflict: conflict(BookingConflictCode.BAD_USER_INPUT, 'These desks are at different sites: a booking takes desks of one site', { details: { field: 'deskIds' } }) };
      site = sites[0] ?? null;
    }
    if (!contract) return { siteId: site, conflict: null };
    const covered = (await this.contracts.sitesOf([contract.id], em)).map((r) => r.siteId);
    site ??= covered[0] ?? null;
    if (!site || !covered.includes(site)) {
      const message = `Contract ${contract.number} does not cover this site: book at a site it covers, or ask the site operator to add this one to the contract`;
      return { siteId: site, conflict: conflict(BookingConflictCode.SITE_NOT_COVERED, message, { details: { siteId: site, coveredSiteIds: covered } }) };
    }
    return { siteId: site, conflict: null };
  }

  /** At no day more desks than the contract's maxDesks (the studio's other live bookings, options included, plus these). */
  async limit(studioId: string, contract: ContractEntity, planned: readonly PlannedRow[], excludeBookingId: string | null, em?: EntityManager, read?: Hold[]): Promise<BookingConflict | null> {
    if (!planned.length) return null;
    const { first, last } = span(planned);
    const held = read
      ? read.filter((h) => h.studioId === studioId && h.bookingId !== excludeBookingId)
      : await this.holds.liveHolds(first, last, this.clock.now(), { studioId, excludeBookingId: excludeBookingId ?? undefined }, em);
    const breach = limitBreach(held, planned, contract.maxDesks);
    if (!breach) return null;
    const message =
      breach.held > 0
        ? `On ${breach.day} your studio would hold ${breach.held + breach.planned} desks (${breach.held} already booked + ${breach.planned}); contract ${contract.number} allows ${contract.maxDesks}: book fewer desks or other days`
        : `Contract ${contract.number} allows ${contract.maxDesks} desks at a time; this asks for ${breach.planned}: book fewer desks`;
    return conflict(BookingConflictCode.CONTRACT_LIMIT, message, { from: breach.day, to: breach.day, details: { maxDesks: contract.maxDesks, day: breach.day } });
  }

  /**
   * Every planned desk-day is free (no other live booking holds it) and every desk gaining
   * days is bookable (its kit is operational). Others' bookings are named by desk and days only.
   */
  async desksFree(planned: readonly PlannedRow[], current: readonly DeskRange[], excludeBookingId: string | null, desks: readonly DeskInfo[], em?: EntityManager, read?: Hold[]): Promise<BookingConflict | null> {
    if (!planned.length) return null;
    const byId = new Map(desks.map((d) => [d.id, d]));
    const out = desksGainingDays(current, planned).filter((id) => !byId.get(id)?.bookable);
    if (out.length) {
      const codes = out.map((id) => byId.get(id)?.code ?? id).sort();
      return conflict(BookingConflictCode.DESK_UNAVAILABLE, `Desk${codes.length > 1 ? 's' : ''} ${list(codes)} cannot be booked now (PC kit out of service): pick other desks`, {
        deskCodes: codes,
        details: { reason: 'NOT_BOOKABLE' },
      });
    }
    const { first, last } = span(planned);
    const holds = read ? read.filter((h) => h.bookingId !== excludeBookingId) : await this.holds.liveHolds(first, last, this.clock.now(), { excludeBookingId: excludeBookingId ?? undefined }, em);
    const taken = deskConflicts(planned, holds);
    if (!taken.length) return null;
    const codes = [...new Set(taken.map((t) => byId.get(t.deskId)?.code ?? t.deskId))].sort();
    const from = taken.reduce((m, t) => (t.from < m ? t.from : m), taken[0].from);
    const to = taken.reduce((m, t) => (t.to > m ? t.to : m), taken[0].to);
    const detail = taken
      .slice(0, 5)
      .map((t) => `${byId.get(t.deskId)?.code ?? t.deskId} ${t.from === t.to ? `on ${t.from}` : `from ${t.from} to ${t.to}`}`)
      .join(', ');
    return conflict(BookingConflictCode.DESK_UNAVAILABLE, `Already booked: ${detail}${taken.length > 5 ? '…' : ''}. Pick other desks or other days`, {
      deskCodes: codes,
      from,
      to,
      details: { reason: 'TAKEN', conflicts: taken.map((t) => ({ deskCode: byId.get(t.deskId)?.code, from: t.from, to: t.to })) },
    });
  }

  /** `count` bookable desks free on every day of [first, last], team together. */
  async allocate(count: number, first: LocalDate, last: LocalDate, desks: readonly DeskInfo[], excludeBookingId: string | null, em?: EntityManager): Promise<{ desks: DeskInfo[]; conflict: BookingConflict | null }> {
    const holds = await this.holds.liveHolds(first, last, this.clock.now(), { excludeBookingId: excludeBookingId ?? undefined }, em);
    const held = new Set(holds.map((h) => h.deskId));
    const free = desks.filter((d) => d.bookable && !held.has(d.id));
    const chosen = allocateDesks(free, count);
    if (chosen) {
      const byId = new Map(desks.map((d) => [d.id, d]));
      return { desks: chosen.map((d) => byId.get(d.id)!), conflict: null };
    }
    const message = `Only ${free.length} desk${free.length === 1 ? ' is' : 's are'} free on every day from ${first} to ${last}: ask for fewer desks or change the dates`;
    return { desks: [], conflict: conflict(BookingConflictCode.DESK_UNAVAILABLE, message, { from: first, to: last, details: { reason: 'NOT_ENOUGH_FREE', freeDesks: free.length } }) };
  }
}
