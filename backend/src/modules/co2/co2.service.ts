import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor.js';
import { studioScope, studioScopeAtSites } from '../../common/auth/actor.js';
import { badInput, notFound } from '../../common/errors/domain-error.js';
import { Clock } from '../../common/time/clock.js';
import { LocalDate } from '../../common/time/dates.js';
import { SettingsService } from '../settings/settings.service.js';
import { SiteCalendar } from '../site/opening.js';
import { SiteScope } from '../site/site-scope.service.js';
import { SiteService } from '../site/site.service.js';
import { CO2_LIMITS, Co2FactorSources, factorSources, projectionAssumptions, reportAssumptions } from './co2-assumptions.js';
import {
  carKmEquivalent,
  Co2Factors,
  DEFAULT_FACTORS,
  DEFAULT_KIT_LIFETIME_YEARS,
  DEFAULT_REFERENCE_KIT_KG,
  DEFAULT_REFURBISHED_FACTOR,
  SETTING_KEYS,
  SOURCE_AVOIDED_LIFETIME,
  SOURCE_CAR,
} from './co2-factors.js';
import { co2Projection, FOUNDING_STUDY } from './co2-projection.js';
import { COMPONENT_FOOTPRINT_REFERENCES } from './component-references.js';
import { checkReportPeriod, co2Report } from './co2-report.js';
import { Co2ComponentReferenceModel, Co2ForBookingModel, Co2ProjectionModel, Co2ReportModel, Co2SettingsModel, Co2StudyModel } from './co2.model.js';
import { Co2Repository } from './co2.repository.js';
import { Co2ProjectionInput, Co2SettingsInput } from './dto/co2.input.js';
import { changedFactorVersions } from './statement/factor-versions.js';
import { StatementRepository } from './statement/statement.repository.js';
import { Transactions } from '../../common/database/transactions.js';

interface FactorsRead {
  factors: Co2Factors;
  sources: Co2FactorSources;
  referenceKitSource: string | null;
}

/** The CO2 saved report, the founding study's projection and the factors behind both. */
@Injectable()
export class Co2Service {
  constructor(
    private readonly transactions: Transactions,
    private readonly repo: Co2Repository,
    private readonly statements: StatementRepository,
    private readonly settings: SettingsService,
    private readonly site: SiteService,
    private readonly sites: SiteScope,
    private readonly clock: Clock,
  ) {}

  private async readFactors(em?: EntityManager): Promise<FactorsRead> {
    const factors: Co2Factors = {
      ...DEFAULT_FACTORS,
      referenceKitKg: await this.settings.get(SETTING_KEYS.referenceKitKg, DEFAULT_REFERENCE_KIT_KG, em),
      kitLifetimeYears: await this.settings.get(SETTING_KEYS.kitLifetimeYears, DEFAULT_KIT_LIFETIME_YEARS, em),
      refurbishedFactor: await this.settings.get(SETTING_KEYS.refurbishedFactor, DEFAULT_REFURBISHED_FACTOR, em),
    };
    const referenceKitSource = await this.settings.get<string | null>(SETTING_KEYS.referenceKitSource, null, em);
    return { factors, referenceKitSource, sources: factorSources(factors, referenceKitSource) };
  }

  /** A manager reads its own studio only; the operator any studio, or all of them. */
  /**
   * At one site, or (no siteId) the whole network the caller sees: with several sites a day
   * counts as open when any of them opens.
   */
  async report(actor: Actor, from: LocalDate, to: LocalDate, studioId?: string | null, siteId?: string | null): Promise<Co2ReportModel> {
    checkReportPeriod(from, to);
    const scope = studioScopeAtSites(actor, studioId);
    const siteIds = await this.sites.many(actor, siteId);
    // One snapshot: bookings, kits and settings read as of the same instant.
    return this.transactions.run('REPEATABLE READ', async (em) => {
      if (scope && !(await this.repo.studioExists(scope, em))) throw notFound('Studio', scope);
      const { factors, sources } = await this.readFactors(em);
      const calendar = await this.networkCalendar(siteIds, from, to, em);
      const [spans, kits] = [await this.repo.confirmedDeskSpans(from, to, siteIds, em), await this.repo.kitsInService(from, to, siteIds, em)];
      const result = co2Report({ from, to, calendar, spans, kits, factors, studioId: scope });
      return Co2ReportModel.from(result, {
        studioId: scope,
        assumptions: reportAssumptions(factors, sources, result),
        limits: CO2_LIMITS,
        generatedAt: this.clock.now(),
      });
    });
  }

  /** One site's calendar, or the network's: open when any of the sites opens. */
  private async networkCalendar(siteIds: string[] | null, from: LocalDate, to: LocalDate, em: EntityManager): Promise<SiteCalendar> {
    const ids = siteIds ?? (await this.sites.visible(null, em)).map((s) => s.id);
    if (ids.length === 1) return this.site.calendar(ids[0], from, to, em);
    const calendars = await this.site.calendars(ids, from, to, em);
    const all = ids.map((id) => calendars.of(id));
    return {
      openWeekdays: [...new Set(all.flatMap((c) => c.openWeekdays))],
      closures: new Set([...all[0].closures].filter((d) => all.every((c) => c.closures.has(d)))),
    };
  }

  async projection(input: Co2ProjectionInput): Promise<Co2ProjectionModel> {
    const { factors } = await this.readFactors();
    const kitLifetimeYears = input.kitLifetimeYears ?? factors.kitLifetimeYears;
    const args = { ...input, kitLifetimeYears, carKgPerKm: factors.carKgPerKm };
    return Co2ProjectionModel.from(co2Projection(args), projectionAssumptions(args));
  }

  /** The founding study as clients open the simulator on it, with the saving it announces. */
  study(): Co2StudyModel {
    return Co2StudyModel.of(co2Projection(FOUNDING_STUDY).netAvoidedKg);
  }

  componentReferences(): Co2ComponentReferenceModel[] {
    return COMPONENT_FOOTPRINT_REFERENCES.map(Co2ComponentReferenceModel.from);
  }

  async forBooking(deskCount: number): Promise<Co2ForBookingModel> {
    if (!Number.isInteger(deskCount) || deskCount < 1 || deskCount > 1000) throw badInput('deskCount', 'must be a number of desks between 1 and 1000');
    const { factors } = await this.readFactors();
    const grossAvoidedKg = deskCount * factors.referenceKitKg;
    return Object.assign(new Co2ForBookingModel(), {
      machinesAvoided: deskCount,
      grossAvoidedKg,
      carKmEquivalent: Math.round(carKmEquivalent(grossAvoidedKg, factors.carKgPerKm) * 1000) / 1000,
      referenceKitKg: factors.referenceKitKg,
    });
  }

  async getSettings(em?: EntityManager): Promise<Co2SettingsModel> {
    const { factors, sources, referenceKitSource } = await this.readFactors(em);
    return Object.assign(new Co2SettingsModel(), {
      referenceKitKg: factors.referenceKitKg,
      referenceKitSource: sources.referenceKitKg,
      referenceKitSourceCustom: referenceKitSource !== null,
      kitLifetimeYears: factors.kitLifetimeYears,
      kitLifetimeSource: sources.kitLifetimeYears,
      refurbishedFactor: factors.refurbishedFactor,
      refurbishedFactorSource: sources.refurbishedFactor,
      carKgPerKm: factors.carKgPerKm,
      carSource: SOURCE_CAR,
      avoidedLifetimeYears: factors.avoidedLifetimeYears,
      avoidedLifetimeSource: SOURCE_AVOIDED_LIFETIME,
      defaultReferenceKitKg: DEFAULT_REFERENCE_KIT_KG,
      defaultKitLifetimeYears: DEFAULT_KIT_LIFETIME_YEARS,
      defaultRefurbishedFactor: DEFAULT_REFURBISHED_FACTOR,
      openedOn: await this.repo.firstKitPurchase(em),
    });
  }

  /** Operator only (checked by the resolver). Reports computed afterwards state the new values. */
  async updateSettings(input: Co2SettingsInput, userId: string | null = null): Promise<Co2SettingsModel> {
    return this.transactions.run(async (em) => {
      const before = await this.getSettings(em);
      if (input.referenceKitKg !== undefined && input.referenceKitKg !== null) await this.settings.set(SETTING_KEYS.referenceKitKg, input.referenceKitKg, em);
      if (input.kitLifetimeYears !== undefined && input.kitLifetimeYears !== null) await this.settings.set(SETTING_KEYS.kitLifetimeYears, input.kitLifetimeYears, em);
      if (input.refurbishedFactor !== undefined && input.refurbishedFactor !== null) await this.settings.set(SETTING_KEYS.refurbishedFactor, input.refurbishedFactor, em);
      if (input.referenceKitSource !== undefined) {
        const source = input.referenceKitSource?.trim() || null;
        await this.settings.set(SETTING_KEYS.referenceKitSource, source, em);
      }
      const after = await this.getSettings(em);
      await this.statements.addFactorVersions(changedFactorVersions(before, after, userId), em);
      return after;
    });
  }
}
