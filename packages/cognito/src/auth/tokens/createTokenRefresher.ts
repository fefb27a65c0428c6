import type { CognitoAuth } from '../CognitoAuth.js';
import type { RememberedDevice } from '../signIn/RememberedDevice.js';
import type { CognitoTokens } from './CognitoTokens.js';

/** Tokens that stay fresh: see {@link createTokenRefresher}. */
export interface TokenRefresher {
  /** The current tokens, refreshed first when they expire within the margin. */
  getTokens(): Promise<CognitoTokens>;
}

export interface TokenRefresherOptions {
  auth: Pick<CognitoAuth, 'refresh'>;
  tokens: CognitoTokens;
  /** Refresh this many seconds before expiry (default 300). */
  marginSeconds?: number;
  /** Now; `() => new Date()` by default. */
  clock?: () => Date;
  /** For SECRET_HASH and device tracking, as in `auth.refresh`. */
  username?: string;
  device?: RememberedDevice;
  /** Called with each new set of tokens, e.g. to store them. */
  onRefresh?: (tokens: CognitoTokens) => void;
}

/**
 * Keeps a user's tokens fresh: `getTokens()` answers the current tokens, or refreshes them when
 * they expire within `marginSeconds`. Single-flight: callers that ask during a refresh share it,
 * so one expiry costs one REFRESH_TOKEN_AUTH. A failed refresh rejects those callers and the next
 * call tries again.
 *
 * @example
 * ```ts
 * const refresher = createTokenRefresher({ auth, tokens: result.tokens, onRefresh: save });
 * const { accessToken } = await refresher.getTokens();
 * ```
 */
export function createTokenRefresher(options: TokenRefresherOptions): TokenRefresher {
  const { auth, marginSeconds = 300, clock = () => new Date(), onRefresh } = options;
  const refreshOptions = {
    ...(options.username !== undefined && { username: options.username }),
    ...(options.device && { device: options.device }),
  };
  let current = options.tokens;
  let inFlight: Promise<CognitoTokens> | undefined;
  return {
    getTokens() {
      if (current.expiresAt.getTime() - marginSeconds * 1000 > clock().getTime())
        return Promise.resolve(current);
      inFlight ??= auth
        .refresh(current, refreshOptions)
        .then((tokens) => {
          current = tokens;
          onRefresh?.(tokens);
          return tokens;
        })
        .finally(() => {
          inFlight = undefined;
        });
      return inFlight;
    },
  };
}
