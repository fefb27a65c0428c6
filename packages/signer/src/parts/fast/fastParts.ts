import { canonicalUri } from '../../steps/canonicalUri.js';
import { credentialScope } from '../../steps/createStringToSign.js';
import { presignCredential } from '../../steps/presignParameters.js';
import { type DateInput, toAmzDate } from '../../steps/toAmzDate.js';
import type { SigningParts } from '../SigningParts.js';
import { type SigningKeyCache, signingKeyCache } from '../signingKeyCache.js';
import { canonicalHeadersFast } from './canonicalHeadersFast.js';
import { canonicalQueryFast } from './canonicalQueryFast.js';
import { parseUrlFast } from './parseUrlFast.js';

/**
 * Remembers the last answer of a function of three strings: while the arguments are unchanged it
 * returns the same string object, so later comparisons with it are identity checks.
 */
const lastOf = (compute: (a: string, b: string, c: string) => string) => {
  let x: string | undefined;
  let y: string | undefined;
  let z: string | undefined;
  let last = '';
  return (a: string, b: string, c: string): string => {
    if (a !== x || b !== y || c !== z) {
      x = a;
      y = b;
      z = c;
      last = compute(a, b, c);
    }
    return last;
  };
};

// Formatting through toISOString costs more than the HMAC it feeds, and a signer is called many
// times per second, so the last second's answer is remembered.
let lastSecond = Number.NaN;
let lastAmzDate = '';

const toAmzDateFast = (date: DateInput): string => {
  const second = Math.floor((date instanceof Date ? date.getTime() : new Date(date).getTime()) / 1000);
  if (second !== lastSecond) {
    lastAmzDate = toAmzDate(second * 1000);
    lastSecond = second;
  }
  return lastAmzDate;
};

// A signer usually signs many requests in a row with one key: the last entry is compared field by
// field first, without building the composite key.
const signingKeyCacheFast = (limit?: number): SigningKeyCache<unknown> => {
  const cache: SigningKeyCache<unknown> = signingKeyCache(limit);
  let lastSecret = '';
  let lastScope = '';
  let lastKey: unknown;
  const remember = (secret: string, scope: string, key: unknown) => {
    lastSecret = secret;
    lastScope = scope;
    lastKey = key;
    return key;
  };
  return {
    get: (secret, scope) =>
      secret === lastSecret && scope === lastScope
        ? lastKey
        : remember(secret, scope, cache.get(secret, scope)),
    set: (secret, scope, key) => remember(secret, scope, cache.set(secret, scope, key)),
  };
};

// Segments of unreserved characters not starting with '.': nothing to normalise or encode.
const canonicalUriFast = (path: string, normalize: boolean, doubleEncode: boolean): string =>
  /^(?:\/[\w~-][\w.~-]*)*\/?$/.test(path) ? path : canonicalUri(path, normalize, doubleEncode);

/**
 * The node entry's {@link SigningParts}: the same answers as the compact ones, with fast paths
 * and memos that cost bytes a browser bundle should not carry.
 */
export const fastParts: SigningParts = {
  parseUrl: parseUrlFast,
  toAmzDate: toAmzDateFast,
  credentialScope: lastOf(credentialScope),
  canonicalHeaders: canonicalHeadersFast,
  canonicalUri: canonicalUriFast,
  canonicalQuery: canonicalQueryFast,
  // Reused while key, scope and date are unchanged.
  presignCredential: lastOf(presignCredential),
  signingKeyCache: signingKeyCacheFast,
};
