import type { PlatformConnection, ResolvedConnection } from '@iamkit/provider-config';
import type { Credentials, CredentialsProvider } from '@iamkit/signer';
import type { Options as KyOptions } from 'ky';
import type { RetryOptions } from '../retry/backoff.js';

/** Options of one call; they narrow, never widen, the client's. */
export interface CallOptions {
  signal?: AbortSignal;
  /** Total time for this call in ms, retries and backoff included. */
  totalTimeout?: number;
}

/** Retry settings plus an injectable sleep (tests, custom schedulers). */
export interface ClientRetryOptions extends RetryOptions {
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

/** What the client needs from a signer: `@iamkit/signer`'s `sign`, or your own. */
export interface RequestSigner {
  sign(
    request: { method: string; url: string; headers: Record<string, string>; body: string },
    options: { signingDate: Date },
  ): Promise<{ headers: Record<string, string> }>;
}

type OwnKeys =
  | 'credentials'
  | 'retry'
  | 'timeout'
  | 'signal'
  | 'fetch'
  | 'method'
  | 'body'
  | 'json'
  | 'throwHttpErrors'
  | 'redirect';

/** How a client behaves, whichever way its connection is given; any other ky option is passed to ky. */
export interface ClientOptions extends Omit<KyOptions, OwnKeys> {
  /** Replaces SigV4 signing through `@iamkit/signer` (custom schemes, tests). */
  signer?: RequestSigner;
  /** Accept plain `http://` for a non-loopback `endpoint`. */
  allowInsecureHttp?: boolean;
  useFips?: boolean;
  useDualStack?: boolean;
  fetch?: typeof globalThis.fetch;
  /** Client clock, injectable for tests; the learned skew is added to it. */
  clock?: () => Date;
  /** Retry policy; a number is `maxAttempts`. */
  retry?: ClientRetryOptions | number;
  /** Per-attempt timeout in ms (default 30 000), signing and the whole body included; `false` for none. */
  timeout?: number | false;
  /** Total time per call in ms, retries included; default none. */
  totalTimeout?: number;
  /** Aborts every call made with this client. */
  signal?: AbortSignal;
  /** Refuse responses larger than this (default 10 MiB). */
  maxResponseBytes?: number;
}

/**
 * Configuration of a client, in any of three forms: plain options (`region`, `endpoint`, `credentials`),
 * a platform connection (`{ credentials: { username, password }, connection_config: { region,
 * apiSubdomain } }`), or a connection resolved by `@iamkit/provider-config`'s `resolveConnection`
 * (`url`, `signingRegion`, `signingName`, `credentials`: used as is).
 */
export interface ClientConfig extends ClientOptions {
  /**
   * Static credentials or a provider (called per request; it should cache), or a platform connection's
   * `{ username, password }`. Unused when `signer` is given.
   */
  credentials?: Credentials | CredentialsProvider | PlatformConnection['credentials'];
  /** Any region of the partition; optional with `endpoint` (or Cognito's `apiSubdomain`). */
  region?: string;
  /** Cognito only: `idp.REGION`, `cognito-idp.REGION` and their `-fips` forms. */
  apiSubdomain?: string;
  /** Endpoint override (moto, LocalStack, a VPC endpoint). */
  endpoint?: string;
  /** A platform connection's settings (`region`, `apiSubdomain`). */
  connection_config?: PlatformConnection['connection_config'];
  /** A resolved connection's endpoint URL; with `signingRegion`, no endpoint is resolved. */
  url?: string;
  signingRegion?: string;
  signingName?: string;
  partition?: string;
}

/**
 * A config whose credentials cannot be left out: the type of `createXClient` outside Node, where there
 * is no default credential chain.
 */
export type ClientConfigWithCredentials = ClientConfig &
  ({ credentials: NonNullable<ClientConfig['credentials']> } | { signer: RequestSigner });

/** A connection resolved by `resolveConnection`, as a client config. */
export type ResolvedClientConfig = ClientConfig & ResolvedConnection;
