import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { SITE_ARG } from '../site/site-arg.js';
import type { Actor } from '../../common/auth/actor.js';
import { CurrentActor, Roles } from '../../common/auth/decorators.js';
import { DateScalar } from '../../common/graphql/date.scalar.js';
import type { GqlContext } from '../../common/loaders/request-loaders.js';
import { studioLoader } from '../studios/studio.loaders.js';
import { StudioModel } from '../studios/studio.model.js';
import { Role } from '../users/user.entity.js';
import { Co2ComponentReferenceModel, Co2ForBookingModel, Co2ProjectionModel, Co2ReportModel, Co2SettingsModel, Co2StudioLineModel, Co2StudyModel } from './co2.model.js';
import { Co2Service } from './co2.service.js';
import { Co2ProjectionInput, Co2SettingsInput } from './dto/co2.input.js';
import { StudioRepository } from '../studios/studio.repository.js';

@Resolver(() => Co2ReportModel)
export class Co2Resolver {
  constructor(
    private readonly co2: Co2Service,
    private readonly studioRepo: StudioRepository,
  ) {}

  @Query(() => Co2ReportModel, { description: 'CO2 saved over [from, to] (inclusive, at most 3660 days), at one site (siteId: the kits on its desks) or the whole network. Managers: their own studio only (another studioId is FORBIDDEN).' })
  co2Report(
    @CurrentActor() actor: Actor,
    @Args('from', { type: () => DateScalar }) from: string,
    @Args('to', { type: () => DateScalar }) to: string,
    @Args('studioId', { type: () => ID, nullable: true, description: 'One studio; all studios when left out (operator).' }) studioId?: string,
    @Args('siteId', SITE_ARG) siteId?: string,
  ): Promise<Co2ReportModel> {
    return this.co2.report(actor, from, to, studioId, siteId);
  }

  @ResolveField(() => StudioModel, { nullable: true, description: 'The studio the report is limited to; null for every studio.' })
  async studio(@Parent() report: Co2ReportModel, @Context() ctx: GqlContext): Promise<StudioModel | null> {
    if (!report.studioId) return null;
    const studio = await studioLoader(ctx.loaders, this.studioRepo).load(report.studioId);
    return studio ? StudioModel.from(studio) : null;
  }

  @Query(() => Co2ProjectionModel, { description: "The founding study's scenario: 40 desks, 4 users per desk per year, 5 years, 700 kg answers 532,000 kg net." })
  co2Projection(@Args('input') input: Co2ProjectionInput): Promise<Co2ProjectionModel> {
    return this.co2.projection(input);
  }

  @Query(() => Co2StudyModel, { description: "The founding study's inputs and the net saving it announces (where the simulator opens)." })
  co2Study(): Co2StudyModel {
    return this.co2.study();
  }

  @Query(() => [Co2ComponentReferenceModel], { description: 'Reference manufacturing footprints by component type (ADEME Impact CO2), offered for a new kit component.' })
  co2ComponentReferences(): Co2ComponentReferenceModel[] {
    return this.co2.componentReferences();
  }

  @Query(() => Co2ForBookingModel, { description: 'What a booking of deskCount desks avoids at most, at the reference footprint (for the booking dialog).' })
  co2ForBooking(@Args('deskCount', { type: () => Int }) deskCount: number): Promise<Co2ForBookingModel> {
    return this.co2.forBooking(deskCount);
  }

  @Query(() => Co2SettingsModel, { description: 'The factors of the CO2 report and their sources.' })
  co2Settings(): Promise<Co2SettingsModel> {
    return this.co2.getSettings();
  }

  @Mutation(() => Co2SettingsModel, { description: 'Operator: changes the reference kit footprint, the kit lifetime or the refurbished factor.' })
  @Roles(Role.OPERATOR)
  updateCo2Settings(@CurrentActor() actor: Actor, @Args('input') input: Co2SettingsInput): Promise<Co2SettingsModel> {
    return this.co2.updateSettings(input, actor.userId);
  }
}

@Resolver(() => Co2StudioLineModel)
export class Co2StudioLineResolver {
  constructor(
    private readonly studioRepo: StudioRepository,
  ) {}

  @ResolveField(() => StudioModel)
  async studio(@Parent() line: Co2StudioLineModel, @Context() ctx: GqlContext): Promise<StudioModel> {
    return StudioModel.from((await studioLoader(ctx.loaders, this.studioRepo).load(line.studioId))!);
  }
}
