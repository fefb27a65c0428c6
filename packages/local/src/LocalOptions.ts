import type { Local } from './Local.js';
import type { Credentials } from './rootCredentials.js';

/**
 * Options of {@link startLocal}.
 *
 * @example
 * ```ts
 * const options: LocalOptions = { port: 0, dataDir: './.iamkit-local', clock: () => Date.now() };
 * ```
 */
export interface LocalOptions {
  /** Port to listen on; 0 (default) picks a free one. */
  readonly port?: number | undefined;
  /** Interface to listen on; default `127.0.0.1`. */
  readonly host?: string | undefined;
  /** Persist state in `<dataDir>/state.json` and reload it on start; default: memory only. */
  readonly dataDir?: string | undefined;
  /** Runs once on a fresh state (not on a reload from `dataDir`), e.g. to create users and pools. */
  readonly seed?: ((local: Local) => void | Promise<void>) | undefined;
  /** The clock (epoch ms) for signatures, token and session expiry; default `Date.now`. */
  readonly clock?: (() => number) | undefined;
  /** Account id of the emulated account; default `123456789012`. */
  readonly accountId?: string | undefined;
  /** Region in pool ids, ARNs and the issuer; default `us-east-1`. */
  readonly region?: string | undefined;
  /** Fixed root credentials (for a stable CLI setup); default: generated once per state. */
  readonly rootCredentials?: Credentials | undefined;
}
