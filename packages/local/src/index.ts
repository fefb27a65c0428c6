/**
 * @iamkit/local: an in-process AWS IAM, STS and Cognito user pools emulator for Node that checks
 * SigV4 signatures and SRP proofs.
 */
export { totpCode } from './cognito/totpCode.js';
export { type CoveredOperation, coverage } from './coverage.js';
export type { Local } from './Local.js';
export type { LocalOptions } from './LocalOptions.js';
export type { Credentials } from './rootCredentials.js';
export { startLocal } from './startLocal.js';
