import type { CognitoCrypto } from '../crypto/CognitoCrypto.js';
import type { CognitoInvoke } from './AuthOperations.js';

/** Sign-in's settings once checked and defaulted; the client secret lives here and nowhere else. */
export interface AuthConfig {
  userPoolId: string;
  /** The part of the user pool id after `_`: SRP's pool name. */
  poolName: string;
  clientId: string;
  clientSecret: string | undefined;
  invoke: CognitoInvoke;
  crypto: CognitoCrypto;
  clock: () => Date;
}
