import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../../common/auth/decorators.js';
import { Role } from '../users/user.entity.js';
import { ScheduledJobModel } from './jobs.model.js';
import { JobsService } from './jobs.service.js';

@Resolver(() => ScheduledJobModel)
export class JobsResolver {
  constructor(private readonly service: JobsService) {}

  @Query(() => [ScheduledJobModel], { description: 'Operator only: the scheduled jobs, their last run, next run and failures.' })
  @Roles(Role.OPERATOR)
  async jobs(): Promise<ScheduledJobModel[]> {
    return (await this.service.statuses()).map(ScheduledJobModel.from);
  }

  @Mutation(() => Boolean, { description: 'Operator only: queues a run of the job now (one instance runs it). False when a run was already waiting.' })
  @Roles(Role.OPERATOR)
  runJob(@Args('name') name: string): Promise<boolean> {
    return this.service.enqueue(name);
  }
}
