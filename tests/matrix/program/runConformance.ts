import type { Check } from './check.js';
import { cognitoChecks } from './cognitoChecks.js';
import type { ConformanceInput } from './conformanceInput.js';
import { connectionChecks } from './connectionChecks.js';
import { iamChecks } from './iamChecks.js';
import { sigv4Checks } from './sigv4Checks.js';

/**
 * Every check, in a fixed order. Sections are independent: one failing does not hide the others.
 * Cognito's SRP sign-in is proven against @iamkit/local in the package's own tests (moto checks no SRP
 * proof and wants the challenge answer signed, unlike Cognito), so the matrix checks the unsigned path.
 */
export async function runConformance(input: ConformanceInput): Promise<Check[]> {
  return [
    ...(await sigv4Checks(input.sigv4)),
    ...(await connectionChecks()),
    ...(await iamChecks(input)),
    ...(await cognitoChecks(input)),
  ];
}
