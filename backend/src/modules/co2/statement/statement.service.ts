import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../../common/auth/actor.js';
import { assertOperator, assertStudioAccess, studioScope } from '../../../common/auth/actor.js';
import { badInput, notFound } from '../../../common/errors/domain-error.js';
import { Transactions } from '../../../common/database/transactions.js';
import { formatDocumentNumber, nextDocumentNumber } from '../../../common/numbering/next-number.js';
import { Clock } from '../../../common/time/clock.js';
import { LocalDate, maxDate, minDate } from '../../../common/time/dates.js';
import { checkReportPeriod } from '../co2-report.js';
import { Co2Service } from '../co2.service.js';
import { productionFootprint, ProductionFootprint } from './production-footprint.js';
import { checkFactor, computeFactors, ELECTRICITY_FACTORS, frozenFactors } from './statement-factors.js';
import { statementCsv } from './statement-csv.js';
import { StatementDocument } from './statement-document.js';
import { renderStatementPdf } from './statement-pdf.js';
import { CarbonStatementEntity } from './statement.entity.js';
import { ProductionKey, StatementRepository } from './statement.repository.js';
import type { FrozenFactors } from './statement-method.js';

export const STATEMENT_SERIES = 'CO2';

export interface ProductionFigures extends ProductionKey {
  from: LocalDate;
  to: LocalDate;
  figures: ProductionFootprint;
  factors: FrozenFactors;
}

/** Carbon statements per production: computed live, issued once (numbered, frozen), downloaded as stored. */
@Injectable()
export class StatementService {
  constructor(
    private readonly transactions: Transactions,
    private readonly repo: StatementRepository,
    private readonly co2: Co2Service,
    private readonly clock: Clock,
  ) {}

  async factors(em?: EntityManager): Promise<FrozenFactors> {
    return frozenFactors(await this.co2.getSettings(em), await this.repo.latestFactors(em));
  }

  /** One production's figures over [from, to], as of one snapshot. */
  async compute(p: ProductionKey, from: LocalDate, to: LocalDate, em: EntityManager): Promise<ProductionFigures> {
    const factors = await this.factors(em);
    const rows = await this.repo.deskRows(p, from, to, em);
    const stays = rows.length ? await this.repo.stays([...new Set(rows.map((r) => r.deskId))], em) : [];
    const kitIds = [...new Set(stays.map((s) => s.kitId))];
    const readings = kitIds.length ? await this.repo.readings(kitIds, em) : [];
    const calendarFrom = readings.reduce((d, r) => minDate(d, r.readOn), from);
    const calendarTo = readings.reduce((d, r) => maxDate(d, r.readOn), to);
    const calendars = new Map();
    for (const siteId of new Set(rows.map((r) => r.siteId))) calendars.set(siteId, await this.repo.calendar(siteId, calendarFrom, calendarTo, em));
    const figures = productionFootprint({
      from, to, rows, stays, readings, calendars, calendarFrom, calendarTo,
      kits: kitIds.length ? await this.repo.components(kitIds, em) : new Map(),
      checkInDays: await this.repo.checkInDays(p, from, to, em),
      factors: computeFactors(factors),
    });
    return { ...p, from, to, figures, factors };
  }

  /** The productions of a period with their figures: a manager's studio only, the operator's network. */
  async productions(actor: Actor, from: LocalDate, to: LocalDate, studioId?: string | null): Promise<ProductionFigures[]> {
    checkReportPeriod(from, to);
    const scope = studioScope(actor, studioId);
    return this.transactions.run('REPEATABLE READ', async (em) => {
      const out: ProductionFigures[] = [];
      for (const p of await this.repo.productions(scope, from, to, em)) out.push(await this.compute(p, from, to, em));
      return out;
    });
  }

  /**
   * Issues the statement of one production over [from, to]: the next CO2-YYYY-NNNNN number, the
   * figures, factor versions and both PDFs and the CSV stored together in one transaction.
   */
  async issue(actor: Actor, input: { studioId?: string | null; productionName: string; from: LocalDate; to: LocalDate }): Promise<CarbonStatementEntity> {
    checkReportPeriod(input.from, input.to);
    const studioId = input.studioId ?? actor.studioId;
    if (!studioId) throw badInput('studioId', 'Choose the studio whose production the statement covers');
    assertStudioAccess(actor, studioId);
    const productionName = input.productionName.trim();
    if (!productionName) throw badInput('productionName', 'Name the production');
    return this.transactions.run(async (em) => {
      const studioName = await this.repo.studioName(studioId, em);
      if (!studioName) throw notFound('Studio', studioId);
      const p = await this.compute({ studioId, productionName }, input.from, input.to, em);
      if (p.figures.deskDays === 0) {
        throw badInput('productionName', 'This production has no confirmed desk-day in the period: nothing to state', { from: input.from, to: input.to });
      }
      for (const key of Object.keys(ELECTRICITY_FACTORS) as Array<keyof typeof ELECTRICITY_FACTORS>) checkFactor(key, key, p.factors[key].value);
      const issuedAt = this.clock.now();
      const year = Number(this.clock.today().slice(0, 4));
      const number = formatDocumentNumber(STATEMENT_SERIES, year, await nextDocumentNumber(em, STATEMENT_SERIES, year), 5);
      const doc: StatementDocument = { number, issuedAt, studioName, productionName, from: input.from, to: input.to, figures: p.figures, factors: p.factors, siteNames: await this.repo.siteNames(em) };
      const pdfFr = await renderStatementPdf(doc, 'fr');
      return this.repo.insertStatement(
        {
          number, studioId, productionName, periodFrom: input.from, periodTo: input.to, issuedAt,
          figures: p.figures as unknown as Record<string, unknown>, factors: p.factors as unknown as Record<string, unknown>,
          pdfFr, pdfEn: await renderStatementPdf(doc, 'en'), csv: statementCsv(doc),
          sha256: createHash('sha256').update(pdfFr).digest('hex'), createdById: actor.userId,
        },
        em,
      );
    });
  }

  statements(actor: Actor, studioId?: string | null): Promise<CarbonStatementEntity[]> {
    return this.repo.statements(studioScope(actor, studioId));
  }

  /** An issued statement's stored document, to its studio's manager or the operator. */
  async document(actor: Actor, id: string, format: 'pdf-fr' | 'pdf-en' | 'csv') {
    const s = await this.repo.findStatement(id);
    if (!s) throw notFound('Carbon statement', id);
    assertStudioAccess(actor, s.studioId);
    if (format === 'csv') return { filename: `${s.number}.csv`, contentType: 'text/csv; charset=utf-8', bytes: Buffer.from(s.csv, 'utf8'), sha256: undefined };
    const bytes = format === 'pdf-en' ? s.pdfEn : s.pdfFr;
    return { filename: `${s.number}${format === 'pdf-en' ? '-en' : ''}.pdf`, contentType: 'application/pdf', bytes, sha256: format === 'pdf-fr' ? s.sha256 : undefined };
  }

  /** Operator: a new version of an electricity factor, with its source. */
  async recordFactor(actor: Actor, input: { key: keyof typeof ELECTRICITY_FACTORS; value: number; source: string }) {
    assertOperator(actor);
    if (!(input.key in ELECTRICITY_FACTORS)) throw badInput('key', 'Unknown factor');
    checkFactor('value', input.key, input.value);
    const source = input.source.trim();
    if (source.length < 10) throw badInput('source', 'State where the value comes from (publication, version, year)');
    await this.repo.addFactorVersions([{ key: input.key, value: input.value, source, createdById: actor.userId }]);
    return this.repo.factorHistory();
  }

  factorHistory() {
    return this.repo.factorHistory();
  }

  /** Operator: a kit's meter index read on a day (a second reading the same day replaces the first). */
  async recordReading(actor: Actor, input: { kitId: string; readOn: LocalDate; kwh: number }) {
    assertOperator(actor);
    if (!Number.isFinite(input.kwh) || input.kwh < 0 || input.kwh > 1e9) throw badInput('kwh', 'The meter index is a number of kWh, 0 or more');
    if (input.readOn > this.clock.today()) throw badInput('readOn', 'A reading cannot be dated in the future');
    if (!(await this.repo.kitExists(input.kitId))) throw notFound('Kit', input.kitId);
    return this.repo.addReading({ ...input, createdById: actor.userId });
  }
}
