import { canonicalHeadersFast } from './canonicalHeadersFast.js';
import { canonicalQueryFast } from './canonicalQueryFast.js';
import { presignHead, type SigningParts } from './computeSigning.js';
import { parseUrlFast } from './parseUrlFast.js';

// The last presigned URL's first parameters, reused while key, scope and date are unchanged.
let lastKey = '';
let lastScope = '';
let lastDate = '';
let lastHead = '';

/**
 * The node entry's {@link SigningParts}: the same answers as the compact ones, with fast paths
 * and memos that cost bytes a browser bundle should not carry.
 *
 * @example
 * ```ts
 * const compute = computeSigning(options, fastParts);
 * ```
 */
export const fastParts: SigningParts = {
  parseUrl: parseUrlFast,
  canonicalHeaders: canonicalHeadersFast,
  canonicalQuery: canonicalQueryFast,
  presignHead: (accessKeyId, scope, amzDate) => {
    if (accessKeyId !== lastKey || scope !== lastScope || amzDate !== lastDate) {
      lastKey = accessKeyId;
      lastScope = scope;
      lastDate = amzDate;
      lastHead = presignHead(accessKeyId, scope, amzDate);
    }
    return lastHead;
  },
};
