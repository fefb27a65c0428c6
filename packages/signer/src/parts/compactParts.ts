import { canonicalHeaders } from '../steps/canonicalHeaders.js';
import { canonicalQuery } from '../steps/canonicalQuery.js';
import { canonicalUri } from '../steps/canonicalUri.js';
import { credentialScope } from '../steps/createStringToSign.js';
import { parseUrl } from '../steps/parseUrl.js';
import { presignCredential } from '../steps/presignParameters.js';
import { toAmzDate } from '../steps/toAmzDate.js';
import type { SigningParts } from './SigningParts.js';
import { signingKeyCache } from './signingKeyCache.js';

/** The universal entry's {@link SigningParts}: the step functions as they are, small in a bundle. */
export const compactParts: SigningParts = {
  parseUrl,
  toAmzDate,
  credentialScope,
  canonicalHeaders,
  canonicalUri,
  canonicalQuery,
  presignCredential,
  signingKeyCache,
};
