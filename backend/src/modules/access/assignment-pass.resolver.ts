import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../common/auth/actor.js';
import { isOperator } from '../../common/auth/actor.js';
import { CurrentActor } from '../../common/auth/decorators.js';
import type { GqlContext } from '../../common/loaders/request-loaders.js';
import { AssignmentService } from '../crew/assignment.service.js';
import type { WithIssuedPass } from '../crew/assignment.resolver.js';
import { CrewAssignmentModel } from '../crew/crew.model.js';
import { latestPassLoader } from './access.loaders.js';
import { AccessPassModel } from './access.model.js';
import { AccessRepository } from './access.repository.js';
import { PassService } from './pass.service.js';

/** An assignment's pass: the access module's field on crew's type, and a new code for it. */
@Resolver(() => CrewAssignmentModel)
export class AssignmentPassResolver {
  constructor(
    private readonly assignments: AssignmentService,
    private readonly accessRepo: AccessRepository,
    private readonly passes: PassService,
  ) {}

  @Mutation(() => AccessPassModel, { description: 'A new code for an assignment (lost or leaked): the previous code stops working; the new one is e-mailed.' })
  async reissueAccessPass(@CurrentActor() actor: Actor, @Args('assignmentId', { type: () => ID }) assignmentId: string): Promise<AccessPassModel> {
    const { pass, code } = await this.assignments.reissuePass(actor, assignmentId);
    return AccessPassModel.from(pass, code);
  }

  @ResolveField(() => AccessPassModel, {
    nullable: true,
    description: "The current pass (or the last one revoked). Its code is shown to the operator and the studio's manager while the pass is valid (opened from its seal).",
  })
  async accessPass(@Parent() a: WithIssuedPass, @Context() ctx: GqlContext): Promise<AccessPassModel | null> {
    if (a.issuedPass) return AccessPassModel.from(a.issuedPass.pass, a.issuedPass.code);
    const pass = await latestPassLoader(ctx.loaders, this.accessRepo).load(a.id);
    if (!pass) return null;
    const actor = ctx.req.actor;
    const mayShow = actor && (isOperator(actor) || actor.studioId === a.studioId);
    const code = mayShow ? this.passes.openCode(pass) : null;
    return AccessPassModel.from(pass, code ? this.passes.display(code) : null);
  }
}
