import type { Caller } from '../iam/ActionContext.js';
import type { State } from '../store/State.js';

/** A pending USER_SRP_AUTH exchange: the server's secret `b` never leaves the process. */
export interface SrpExchange {
  readonly poolId: string;
  readonly clientId: string;
  readonly username: string;
  readonly b: bigint;
  readonly bigB: bigint;
  readonly bigA: bigint;
  readonly expires: number;
}

/** Everything a Cognito action needs. */
export interface CognitoContext {
  readonly state: State;
  readonly input: Record<string, unknown>;
  /** The signer of a signed operation; undefined for unsigned ones. */
  readonly caller: Caller | undefined;
  readonly now: number;
  readonly region: string;
  /** The token issuer of a pool: `<url>/<poolId>`. */
  readonly issuer: (poolId: string) => string;
  /** In-memory auth sessions (SRP exchanges, challenge sessions), not persisted. */
  readonly sessions: Map<string, SrpExchange | ChallengeSession>;
}

/** A challenge in progress (NEW_PASSWORD_REQUIRED, SOFTWARE_TOKEN_MFA, MFA_SETUP). */
export interface ChallengeSession {
  readonly kind: 'challenge';
  readonly challenge: string;
  readonly poolId: string;
  readonly clientId: string;
  readonly username: string;
  readonly expires: number;
}

/** A Cognito action: its JSON output. */
export type CognitoAction = (context: CognitoContext) => Record<string, unknown>;
