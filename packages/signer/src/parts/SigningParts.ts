import type { MaybePromise } from '../backends/CryptoBackend.js';
import { type SigningKeyCache, signingKeyCache } from '../signer/signingKeyCache.js';
import { canonicalHeaders } from '../steps/canonicalHeaders.js';
import { canonicalQuery } from '../steps/canonicalQuery.js';
import { canonicalUri } from '../steps/canonicalUri.js';
import { ALGORITHM, credentialScope } from '../steps/createStringToSign.js';
import { toAmzDate } from '../steps/toAmzDate.js';
import { uriEscape } from '../steps/uriEscape.js';
import type { SignedRequest } from '../types.js';
import { parseUrl } from './parseUrl.js';

/**
 * What `explain` receives besides the signed request: access key id, amzDate, scope, signed
 * headers, payload hash, canonical request, string to sign, signature, and a function deriving
 * the signing key (called only by `explain`). The mode and the backend name are not steps:
 * `explain` knows them from its options and the signer, and every entry here costs browser bytes.
 */
export type Steps = [
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  () => MaybePromise<Uint8Array>,
];

/** Receives a finished signature instead of the signer's caller (how `explain` sees every step). */
export type Finish = (request: SignedRequest, steps: Steps) => unknown;

/**
 * The building blocks a signer uses: compact ones in the universal entry (browser bundles), ones
 * with fast paths and memos in the node entry. Both give the same answers. A tuple, so a minifier
 * can shorten the names.
 */
export type SigningParts = readonly [
  parseUrl: typeof parseUrl,
  canonicalHeaders: typeof canonicalHeaders,
  /** The canonical query, with `extra` (canonical, sorted) parameters merged in. */
  canonicalQuery: (query: string, extra: string) => string,
  /** The first `X-Amz-*` parameters of a presigned URL: algorithm, credential and date. */
  presignHead: (accessKeyId: string, scope: string, amzDate: string) => string,
  toAmzDate: typeof toAmzDate,
  signingKeyCache: (limit?: number) => SigningKeyCache<unknown>,
  canonicalUri: typeof canonicalUri,
  credentialScope: typeof credentialScope,
];

/** The `presignHead` part (see {@link SigningParts}), computed every time. */
export const presignHead = (accessKeyId: string, scope: string, amzDate: string): string =>
  'X-Amz-Algorithm=' +
  ALGORITHM +
  '&X-Amz-Credential=' +
  uriEscape(accessKeyId + '/' + scope) +
  '&X-Amz-Date=' +
  amzDate;

/** The compact parts (see {@link SigningParts}). */
export const compactParts: SigningParts = [
  parseUrl,
  canonicalHeaders,
  canonicalQuery,
  presignHead,
  toAmzDate,
  signingKeyCache,
  canonicalUri,
  credentialScope,
];
