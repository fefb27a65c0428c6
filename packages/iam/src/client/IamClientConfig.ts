import type { Credentials, CredentialsProvider } from '@iamkit/signer';
import type { Options as KyOptions } from 'ky';
import type { OperationSchema } from '../protocol/schema.js';
import type { RetryOptions } from '../retry/backoff.js';

/** Options of one call; they narrow, never widen, the client's. */
export interface IamCallOptions {
  signal?: AbortSignal;
  /** Total time for this call in ms, retries and backoff included. */
  totalTimeout?: number;
}

/** Retry settings plus an injectable sleep (tests, custom schedulers). */
export interface IamRetryOptions extends RetryOptions {
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
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
  | 'throwHttpErrors';

/** What the client needs from a signer: `@iamkit/signer`'s `sign`, or your own. */
export interface IamRequestSigner {
  sign(
    request: { method: string; url: string; headers: Record<string, string>; body: string },
    options: { signingDate: Date },
  ): Promise<{ headers: Record<string, string> }>;
}

/** Configuration of {@link createIamClient}; any other ky option is passed to ky. */
export interface IamClientConfig extends Omit<KyOptions, OwnKeys> {
  /** Static credentials or a provider (called per request; it should cache). Unused when `signer` is given. */
  credentials?: Credentials | CredentialsProvider;
  /** Replaces SigV4 signing through `@iamkit/signer` (custom schemes, tests). */
  signer?: IamRequestSigner;
  /** Any region of the partition; IAM itself is global and signs for the partition's IAM region. */
  region?: string;
  /** Endpoint override (moto, LocalStack, VPC endpoint). */
  endpoint?: string;
  allowInsecureHttp?: boolean;
  useFips?: boolean;
  useDualStack?: boolean;
  fetch?: typeof globalThis.fetch;
  /** Client clock, injectable for tests; the learned skew is added to it. */
  clock?: () => Date;
  /** Retry policy; a number is `maxAttempts`. */
  retry?: IamRetryOptions | number;
  /** Per-attempt timeout in ms (default 30 000), `false` for none. */
  timeout?: number | false;
  /** Total time per call in ms, retries included; default none. */
  totalTimeout?: number;
  /** Aborts every call made with this client. */
  signal?: AbortSignal;
  /** Refuse responses larger than this (default 10 MiB). */
  maxResponseBytes?: number;
}

/**
 * An IAM client: configuration and the request pipeline. Operations are separate functions
 * (`listUsers(client, input)`), so a bundle carries only the operations it calls.
 */
export interface IamClient {
  readonly endpoint: string;
  readonly signingRegion: string;
  /** Milliseconds added to the clock after AWS reported a skewed request; 0 until then. */
  readonly clockOffsetMs: number;
  /** Runs one operation from its runtime schema; the per-operation functions call this. */
  invoke(operation: OperationSchema, input: object | undefined, options?: IamCallOptions): Promise<unknown>;
}
