import type { CognitoClient } from '../cognitoSpec.js';
import type { CognitoCrypto } from './crypto/CognitoCrypto.js';
import type { CognitoInvoke } from './signIn/AuthOperations.js';

/** Settings of the universal (browser) entry. */
export interface CognitoAuthOptions {
  /** `us-east-1_AbCdEf123`: its part after `_` is SRP's pool name. */
  userPoolId: string;
  /** The app client's id. */
  clientId: string;
  /**
   * The client sign-in sends through (`createUnsignedCognitoClient`, or `createCognitoClient` with
   * credentials for the Admin flow). Left out (with `invoke`): an unsigned client for the pool's region.
   */
  client?: CognitoClient;
  /** Your own transport instead of a client (tests, proxies): sends one operation (see {@link CognitoInvoke}). */
  invoke?: CognitoInvoke;
  /** WebCrypto by default (node:crypto under the `node` condition). */
  crypto?: CognitoCrypto;
  /** Now; sets SRP timestamps and token expiry. `() => new Date()` by default. */
  clock?: () => Date;
  /**
   * Refused here: a client secret shipped to browsers is no secret. Servers import the package under
   * the `node` condition, whose `createCognitoAuth` accepts it.
   */
  clientSecret?: never;
}

/** Settings of the `node` entry: the same, plus the app client's secret. */
export interface NodeCognitoAuthOptions extends Omit<CognitoAuthOptions, 'clientSecret'> {
  /** The app client's secret: SECRET_HASH is then sent with the right user name at every step. */
  clientSecret?: string;
}
