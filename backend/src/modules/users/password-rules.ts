import { badInput } from '../../common/errors/domain-error.js';
import { passwordProblem } from './password-policy.js';

/** Refuses a new password the policy rejects: BAD_USER_INPUT naming `field`, with what to do and the reason. */
export function assertAcceptablePassword(field: string, password: string, person: { email: string; fullName: string }): void {
  const problem = passwordProblem(password, person);
  if (problem) throw badInput(field, problem.message, { reason: problem.reason });
}
