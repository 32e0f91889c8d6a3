import { Injectable } from '@nestjs/common';
import { SiteScope } from '../site/site-scope.service.js';
import { EntityManager, QueryFailedError } from 'typeorm';
import type { Actor } from '../../common/auth/actor.js';
import { assertOperator } from '../../common/auth/actor.js';
import { badInput, invalidState, notFound } from '../../common/errors/domain-error.js';
import { Clock } from '../../common/time/clock.js';
import { LocalDate } from '../../common/time/dates.js';
import { DeskEntity } from '../site/desk.entity.js';
import { AddKitInput, KitComponentInput, UpdateKitComponentInput, UpdateKitInput } from './dto/kit.input.js';
import { KitEntity, KitStatus } from './kit.entity.js';
import { KitDeskChange } from './kit-desk-history.entity.js';
import { KitFilter, KitRepository } from './kit.repository.js';
import { MaintenanceService } from './maintenance.service.js';
import { Transactions } from '../../common/database/transactions.js';

const OPERATOR_SOURCE = 'Entered by the site operator (no source given)';

/** The kit inventory: kits, their components, retirement, and swapping a spare onto a desk. */
@Injectable()
export class KitService {
  constructor(
    private readonly transactions: Transactions,
    private readonly kits: KitRepository,
    private readonly maintenance: MaintenanceService,
    private readonly clock: Clock,
    private readonly sites: SiteScope,
  ) {}

  /** At one site (its desks' kits and the spares) or every site the caller sees. */
  async list(actor: Actor, filter: KitFilter, siteId?: string | null): Promise<KitEntity[]> {
    return this.kits.list({ ...filter, siteIds: await this.sites.many(actor, siteId) });
  }

  async get(id: string): Promise<KitEntity> {
    const kit = await this.kits.find(id);
    if (!kit) throw notFound('Kit', id);
    return kit;
  }

  add(actor: Actor, input: AddKitInput): Promise<KitEntity> {
    assertOperator(actor);
    this.assertPurchaseDate(input.purchasedOn);
    return this.transactions.run(async (em) => {
      const assetTag = input.assetTag ? input.assetTag.trim().toUpperCase() : await this.kits.nextAssetTag(em);
      await this.assertAssetTagFree(assetTag, null, em);
      const kit = await this.withTagGuard(assetTag, () =>
        this.kits.create({ assetTag, status: KitStatus.OPERATIONAL, deskId: null, purchasedOn: input.purchasedOn, retiredOn: null }, em),
      );
      await this.kits.insertComponents((input.components ?? []).map((c) => componentRow(kit.id, c)), em);
      return kit;
    });
  }

  update(actor: Actor, id: string, input: UpdateKitInput): Promise<KitEntity> {
    assertOperator(actor);
    return this.transactions.run(async (em) => {
      const kit = await this.lockInService(id, em);
      if (input.assetTag !== undefined && input.assetTag !== null) {
        const assetTag = input.assetTag.trim().toUpperCase();
        await this.assertAssetTagFree(assetTag, kit.id, em);
        kit.assetTag = assetTag;
      }
      if (input.purchasedOn) {
        this.assertPurchaseDate(input.purchasedOn);
        const firstOnDesk = await this.kits.firstStintStart(kit.id, em);
        if (firstOnDesk && input.purchasedOn > firstOnDesk) {
          throw badInput('purchasedOn', `The kit stood on a desk from ${firstOnDesk}: it was bought on that day or before`);
        }
        kit.purchasedOn = input.purchasedOn;
      }
      return this.withTagGuard(kit.assetTag, () => this.kits.save(kit, em));
    });
  }

  /**
   * Takes the kit out of the inventory for good: RETIRED, off its desk (which is left without
   * a kit until one is swapped in), its open tickets closed.
   */
  retire(actor: Actor, id: string): Promise<KitEntity> {
    assertOperator(actor);
    return this.transactions.run(async (em) => {
      const kit = await this.kits.lock(id, em);
      if (!kit) throw notFound('Kit', id);
      if (kit.status === KitStatus.RETIRED) throw invalidState(`${kit.assetTag} is already retired`);
      const today = this.clock.today();
      if (kit.deskId) await this.kits.leave(kit.id, today, KitDeskChange.RETIRED, em);
      await this.maintenance.resolveAllOfKit(actor, kit, `Kit retired on ${today}`, em);
      Object.assign(kit, { status: KitStatus.RETIRED, retiredOn: today, deskId: null });
      return this.kits.save(kit, em);
    });
  }

  addComponent(actor: Actor, kitId: string, input: KitComponentInput): Promise<KitEntity> {
    assertOperator(actor);
    return this.transactions.run(async (em) => {
      const kit = await this.lockInService(kitId, em);
      await this.kits.insertComponents([componentRow(kit.id, input)], em);
      return kit;
    });
  }

  updateComponent(actor: Actor, id: string, input: UpdateKitComponentInput): Promise<KitEntity> {
    assertOperator(actor);
    return this.transactions.run(async (em) => {
      const { kit, component } = await this.componentInService(id, em);
      if (input.type) component.type = input.type;
      if (input.model) component.model = input.model.trim();
      if (input.serialNumber) component.serialNumber = input.serialNumber.trim();
      if (input.embodiedKgCo2e !== undefined && input.embodiedKgCo2e !== null) component.embodiedKgCo2e = input.embodiedKgCo2e;
      if (input.refurbished !== undefined && input.refurbished !== null) component.refurbished = input.refurbished;
      if (input.footprintSource) component.footprintSource = input.footprintSource.trim();
      await this.kits.saveComponent(component, em);
      return kit;
    });
  }

  removeComponent(actor: Actor, id: string): Promise<KitEntity> {
    assertOperator(actor);
    return this.transactions.run(async (em) => {
      const { kit, component } = await this.componentInService(id, em);
      await this.kits.deleteComponent(component.id, em);
      return kit;
    });
  }

  /**
   * Puts a spare OPERATIONAL kit on the desk; the kit there before becomes a spare (and stays
   * in MAINTENANCE while it has blocking tickets). The desk is bookable at once. Refused for
   * a kit in maintenance, retired, or standing on another desk (INVALID_STATE).
   */
  swap(actor: Actor, deskId: string, kitId: string): Promise<DeskEntity> {
    assertOperator(actor);
    return this.transactions.run(async (em) => {
      // The desk first: two swaps onto one desk wait for each other.
      const desk = await this.kits.lockDesk(deskId, em);
      if (!desk) throw notFound('Desk', deskId);
      const kit = await this.kits.lock(kitId, em);
      if (!kit) throw notFound('Kit', kitId);
      if (kit.status === KitStatus.RETIRED) throw invalidState(`${kit.assetTag} is retired: pick a spare in service`, { kitId: kit.id, reason: 'KIT_RETIRED' });
      if (kit.status === KitStatus.MAINTENANCE) {
        throw invalidState(`${kit.assetTag} is in maintenance (a blocking ticket is open): pick an operational spare`, { kitId: kit.id, reason: 'KIT_IN_MAINTENANCE' });
      }
      if (kit.deskId === desk.id) return desk; // already there: nothing to do (a retried request)
      if (kit.deskId) throw invalidState(`${kit.assetTag} already stands on another desk: pick a spare`, { kitId: kit.id, reason: 'KIT_ON_ANOTHER_DESK' });
      const today = this.clock.today();
      const previous = await this.kits.lockOnDesk(desk.id, em);
      if (previous) {
        await this.kits.leave(previous.id, today, KitDeskChange.SWAPPED, em);
        await this.kits.setDesk(previous.id, null, em);
      }
      try {
        await this.kits.setDesk(kit.id, desk.id, em);
      } catch (e) {
        // kit.desk_id is unique: the database has the last word if a swap raced past the locks.
        if (isUniqueViolation(e)) throw invalidState(`Desk ${desk.code} just received another kit: reload and try again`);
        throw e;
      }
      await this.kits.arrive(kit.id, desk.id, today, KitDeskChange.SWAPPED, actor.userId, em);
      return desk;
    });
  }

  private assertPurchaseDate(purchasedOn: LocalDate): void {
    if (purchasedOn > this.clock.today()) throw badInput('purchasedOn', 'The purchase date cannot be in the future', { reason: 'DATE_IN_FUTURE' });
  }

  private async assertAssetTagFree(assetTag: string, exceptId: string | null, em: EntityManager): Promise<void> {
    if (await this.kits.assetTagTaken(assetTag, exceptId, em)) throw badInput('assetTag', `Another kit already has the asset tag ${assetTag}`, { reason: 'ASSET_TAG_TAKEN', assetTag });
  }

  private async withTagGuard<T>(assetTag: string, write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (e) {
      if (isUniqueViolation(e)) throw badInput('assetTag', `Another kit already has the asset tag ${assetTag}`, { reason: 'ASSET_TAG_TAKEN', assetTag });
      throw e;
    }
  }

  /** The kit, locked; refused when retired (its record is kept as it was). */
  private async lockInService(id: string, em: EntityManager): Promise<KitEntity> {
    const kit = await this.kits.lock(id, em);
    if (!kit) throw notFound('Kit', id);
    if (kit.status === KitStatus.RETIRED) throw invalidState(`${kit.assetTag} is retired: its record can no longer change`);
    return kit;
  }

  private async componentInService(id: string, em: EntityManager) {
    const component = await this.kits.findComponent(id, em);
    if (!component) throw notFound('Kit component', id);
    const kit = await this.lockInService(component.kitId, em);
    return { kit, component };
  }
}

function componentRow(kitId: string, c: KitComponentInput) {
  return {
    kitId,
    type: c.type,
    model: c.model.trim(),
    serialNumber: c.serialNumber.trim(),
    embodiedKgCo2e: c.embodiedKgCo2e,
    refurbished: c.refurbished ?? false,
    footprintSource: c.footprintSource?.trim() || OPERATOR_SOURCE,
  };
}

function isUniqueViolation(e: unknown): boolean {
  return e instanceof QueryFailedError && (e.driverError as { code?: string }).code === '23505';
}
