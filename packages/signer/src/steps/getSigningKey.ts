import { type CryptoBackend, chain, type MaybePromise } from '../backends/CryptoBackend.js';
import { webCryptoBackend } from '../backends/webCryptoBackend.js';
import { checkedPart } from '../checkedPart.js';
import { credentialScope } from './createStringToSign.js';

/**
 * Step 3 as the signer runs it: the four HMACs that turn a secret into the signing key of a
 * credential scope (its four parts, `date/region/service/aws4_request`, are the four messages),
 * synchronous when the backend is.
 */
export const deriveSigningKey = (
  crypto: CryptoBackend,
  secretAccessKey: string,
  scope: string,
): MaybePromise<Uint8Array> =>
  scope
    .split('/')
    .reduce<MaybePromise<string | Uint8Array>>(
      (key, part) => chain(key, (previous) => crypto.hmac(previous, part)),
      `AWS4${secretAccessKey}`,
    ) as MaybePromise<Uint8Array>;

/**
 * Step 3 of SigV4: the signing key for a secret, a day (`YYYYMMDD`), a region and a service.
 * It is secret material: keep it out of logs. The signer caches these keys itself. A date, region
 * or service that is empty or holds `/` (it would shift the scope parts) is an {@link InvalidRequestError}.
 *
 * @example
 * ```ts
 * const key = await getSigningKey(secretAccessKey, '20150830', 'us-east-1', 'iam');
 * key.length; // 32
 * ```
 */
export async function getSigningKey(
  secretAccessKey: string,
  date: string,
  region: string,
  service: string,
  crypto: CryptoBackend = webCryptoBackend,
): Promise<Uint8Array> {
  const scope = credentialScope(
    checkedPart(date, 'date'),
    checkedPart(region, 'region'),
    checkedPart(service, 'service'),
  );
  return deriveSigningKey(crypto, secretAccessKey, scope);
}
