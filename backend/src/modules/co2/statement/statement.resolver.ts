import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../../common/auth/actor.js';
import { CurrentActor, Roles } from '../../../common/auth/decorators.js';
import { DateScalar } from '../../../common/graphql/date.scalar.js';
import { Role } from '../../users/user.entity.js';
import type { ProductionFootprint } from './production-footprint.js';
import type { FrozenFactors } from './statement-method.js';
import { CarbonFactorModel, CarbonFiguresModel, CarbonStatementModel, Co2FactorVersionInput, Co2FactorVersionModel, IssueCarbonStatementInput, KitMeterReadingInput, KitMeterReadingModel, ProductionCarbonModel } from './statement.model.js';
import { StatementRepository } from './statement.repository.js';
import { StatementService } from './statement.service.js';
import type { CarbonStatementEntity } from './statement.entity.js';

@Resolver()
export class StatementResolver {
  constructor(
    private readonly statements: StatementService,
    private readonly repo: StatementRepository,
  ) {}

  private async toModel(s: CarbonStatementEntity): Promise<CarbonStatementModel> {
    return Object.assign(new CarbonStatementModel(), {
      id: s.id, number: s.number, studioId: s.studioId, productionName: s.productionName, from: s.periodFrom, to: s.periodTo, issuedAt: s.issuedAt, sha256: s.sha256,
      figures: CarbonFiguresModel.from(s.figures as unknown as ProductionFootprint, await this.repo.siteNames()),
      factors: CarbonFactorModel.list(s.factors as unknown as FrozenFactors),
    });
  }

  @Query(() => [ProductionCarbonModel], { description: "Productions with confirmed desk-days in [from, to], with their figures now. Managers: their own studio only; the operator: one studio or the network." })
  async carbonProductions(
    @CurrentActor() actor: Actor,
    @Args('from', { type: () => DateScalar }) from: string,
    @Args('to', { type: () => DateScalar }) to: string,
    @Args('studioId', { type: () => ID, nullable: true }) studioId?: string,
  ): Promise<ProductionCarbonModel[]> {
    const names = await this.repo.siteNames();
    return (await this.statements.productions(actor, from, to, studioId)).map((p) =>
      Object.assign(new ProductionCarbonModel(), { studioId: p.studioId, productionName: p.productionName, from: p.from, to: p.to, figures: CarbonFiguresModel.from(p.figures, names), factors: CarbonFactorModel.list(p.factors) }),
    );
  }

  @Query(() => [CarbonStatementModel], { description: 'Issued carbon statements, newest first. Managers: their own studio only.' })
  async carbonStatements(@CurrentActor() actor: Actor, @Args('studioId', { type: () => ID, nullable: true }) studioId?: string): Promise<CarbonStatementModel[]> {
    return Promise.all((await this.statements.statements(actor, studioId)).map((s) => this.toModel(s)));
  }

  @Mutation(() => CarbonStatementModel, { description: "Issues a production's statement over a period: numbered CO2-YYYY-NNNNN, frozen with its factor versions and documents." })
  async issueCarbonStatement(@CurrentActor() actor: Actor, @Args('input') input: IssueCarbonStatementInput): Promise<CarbonStatementModel> {
    return this.toModel(await this.statements.issue(actor, input));
  }

  @Query(() => [Co2FactorVersionModel], { description: 'Every recorded version of the CO2 factors, newest first.' })
  co2FactorHistory(): Promise<Co2FactorVersionModel[]> {
    return this.statements.factorHistory();
  }

  @Query(() => [CarbonFactorModel], { description: 'The factors a statement issued now would use, with their sources and versions.' })
  async co2FactorsInForce(): Promise<CarbonFactorModel[]> {
    return CarbonFactorModel.list(await this.statements.factors());
  }

  @Mutation(() => [Co2FactorVersionModel], { description: 'Operator: records a new version of an electricity factor with its source; answers the history.' })
  @Roles(Role.OPERATOR)
  recordCo2FactorVersion(@CurrentActor() actor: Actor, @Args('input') input: Co2FactorVersionInput): Promise<Co2FactorVersionModel[]> {
    return this.statements.recordFactor(actor, input);
  }

  @Mutation(() => KitMeterReadingModel, { description: "Operator: a kit's electricity meter index read on a day." })
  @Roles(Role.OPERATOR)
  recordKitMeterReading(@CurrentActor() actor: Actor, @Args('input') input: KitMeterReadingInput): Promise<KitMeterReadingModel> {
    return this.statements.recordReading(actor, input);
  }
}
