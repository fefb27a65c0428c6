/**
 * @iamkit/local: an in-process AWS IAM, STS and Cognito user pools emulator for Node that checks
 * SigV4 signatures and SRP proofs.
 */
export { totpCode } from './cognito/totp.js';
export { type CoveredOperation, coverage } from './coverage.js';
export type { Credentials } from './rootCredentials.js';
export { type Local, type LocalOptions, startLocal } from './startLocal.js';
