import { type CryptoBackend, chain, type MaybePromise } from '../backends/CryptoBackend.js';
import { webCryptoBackend } from '../backends/webCryptoBackend.js';
import { ALGORITHM, SCOPE_TERMINATOR } from '../constants.js';

/**
 * The credential scope: `date/region/service/aws4_request`, with `date` as `YYYYMMDD`.
 *
 * @example
 * ```ts
 * credentialScope('20150830', 'us-east-1', 'iam'); // '20150830/us-east-1/iam/aws4_request'
 * ```
 */
export const credentialScope = (date: string, region: string, service: string): string =>
  `${date}/${region}/${service}/${SCOPE_TERMINATOR}`;

/**
 * Step 2 as the signer runs it: {@link createStringToSign}, synchronous when the backend is.
 */
export const stringToSignOf = (
  canonicalRequest: string,
  amzDate: string,
  scope: string,
  crypto: CryptoBackend,
): MaybePromise<string> =>
  chain(crypto.sha256(canonicalRequest), (hash) => `${ALGORITHM}\n${amzDate}\n${scope}\n${hash}`);

/**
 * Step 2 of SigV4: the string to sign, from the canonical request (step 1), the timestamp
 * (`YYYYMMDDTHHMMSSZ`) and the credential scope.
 *
 * @example
 * ```ts
 * const stringToSign = await createStringToSign(canonicalRequest, '20150830T123600Z', '20150830/us-east-1/service/aws4_request');
 * // 'AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/service/aws4_request\n<hex sha256 of canonicalRequest>'
 * ```
 */
export async function createStringToSign(
  canonicalRequest: string,
  amzDate: string,
  scope: string,
  crypto: CryptoBackend = webCryptoBackend,
): Promise<string> {
  return stringToSignOf(canonicalRequest, amzDate, scope, crypto);
}
