import type { Check } from './check.js';
import type { ConformanceInput } from './conformanceInput.js';
import { connectionChecks } from './connectionChecks.js';
import { iamChecks } from './iamChecks.js';
import { sigv4Checks } from './sigv4Checks.js';

/**
 * Every check, in a fixed order. Sections are independent: one failing does not hide the others.
 *
 * COGNITO GOES HERE once `@iamkit/cognito` has a client: a `cognitoChecks(input)` section next to
 * `iamChecks` (user pool and app client against moto, AdminCreateUser, an SRP sign-in with
 * InitiateAuth/RespondToAuthChallenge, a typed service error), with what it needs added to
 * `ConformanceInput`. Until then no Cognito call is listed: a check that does not exist is not counted.
 */
export async function runConformance(input: ConformanceInput): Promise<Check[]> {
  return [...(await sigv4Checks(input.sigv4)), ...(await connectionChecks()), ...(await iamChecks(input))];
}
