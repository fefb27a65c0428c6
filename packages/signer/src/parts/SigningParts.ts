import type { CanonicalHeaders, HeaderMap } from '../steps/canonicalHeaders.js';
import type { ParsedUrl } from '../steps/parseUrl.js';
import type { DateInput } from '../steps/toAmzDate.js';
import type { SigningKeyCache } from './signingKeyCache.js';

/**
 * The building blocks a signer is made of, in the order it uses them: the compact ones
 * ({@link compactParts}: the step functions themselves) in the universal entry that browsers
 * bundle, ones with fast paths and memos ({@link fastParts}) in the node entry. Both give the same
 * answers (test/parts.test.ts fuzzes them against each other).
 */
export interface SigningParts {
  parseUrl(url: string): ParsedUrl;
  toAmzDate(date: DateInput): string;
  credentialScope(date: string, region: string, service: string): string;
  canonicalHeaders(
    headers: HeaderMap | undefined,
    host: string,
    own: Readonly<Record<string, string | null>>,
    unsigned: ReadonlySet<string>,
  ): CanonicalHeaders;
  canonicalUri(path: string, normalize: boolean, doubleEncode: boolean): string;
  /**
   * The canonical query, with `extra` (canonical, sorted) parameters merged in; when `presigning`,
   * an InvalidRequestError if the query holds a parameter presigning adds (names decoded, any case).
   */
  canonicalQuery(query: string, extra: string, presigning: boolean): string;
  /** The first `X-Amz-*` parameters of a presigned URL: algorithm, credential and date. */
  presignCredential(accessKeyId: string, scope: string, amzDate: string): string;
  /** A cache of imported signing keys, by secret and scope. */
  signingKeyCache(limit?: number): SigningKeyCache<unknown>;
}
