import { cognitoActions } from './cognito/cognitoActions.js';
import { UNSIGNED_OPERATIONS } from './cognito/unsignedOperations.js';
import { iamActions } from './iam/iamActions.js';
import { stsActions } from './sts/stsActions.js';

/** One implemented operation. */
export interface CoveredOperation {
  readonly service: 'iam' | 'sts' | 'cognito-idp';
  readonly operation: string;
  /** Whether callers must sign it (unsigned Cognito operations are accepted without a signature). */
  readonly signed: boolean;
}

/**
 * Every operation the emulator implements, from its action tables (the README's coverage table
 * is generated from this list).
 *
 * @example
 * ```ts
 * coverage.filter((op) => op.service === 'sts').map((op) => op.operation); // ['AssumeRole', …]
 * ```
 */
export const coverage: readonly CoveredOperation[] = [
  ...Object.keys(iamActions).map((operation) => ({ service: 'iam' as const, operation, signed: true })),
  ...Object.keys(stsActions).map((operation) => ({ service: 'sts' as const, operation, signed: true })),
  ...Object.keys(cognitoActions).map((operation) => ({
    service: 'cognito-idp' as const,
    operation,
    signed: !UNSIGNED_OPERATIONS.has(operation),
  })),
].sort((a, b) => a.service.localeCompare(b.service) || a.operation.localeCompare(b.operation));
