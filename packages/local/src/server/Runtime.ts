import type { ChallengeSession, SrpExchange } from '../cognito/CognitoContext.js';
import type { ReceivedRequest } from '../sigv4/verifySignature.js';
import type { Store } from '../store/Store.js';

/** What the request handlers share: the store, the clock, the region and the public URL. */
export interface Runtime {
  readonly store: Store;
  readonly clock: () => number;
  readonly region: string;
  /** The server's base URL (known once listening). */
  url: string;
  readonly sessions: Map<string, SrpExchange | ChallengeSession>;
}

/** A response to write: status, headers and body. */
export interface Reply {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

/** A request with its body read, plus its parsed query string. */
export interface Incoming extends ReceivedRequest {
  readonly query: URLSearchParams;
  readonly requestId: string;
}

/** Whether an action name only reads (so nothing needs persisting). */
export const isReadOnly = (action: string): boolean => /^(Get|List|Describe)/.test(action);
