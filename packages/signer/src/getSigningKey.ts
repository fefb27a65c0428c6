import { type CryptoBackend, chain, type MaybePromise } from './CryptoBackend.js';
import { webCryptoBackend } from './webCryptoBackend.js';

/** The four HMACs that turn a secret into the day's signing key; shared by the signer and {@link getSigningKey}. */
export const deriveSigningKey = (
  crypto: CryptoBackend,
  secretAccessKey: string,
  date: string,
  region: string,
  service: string,
): MaybePromise<Uint8Array> =>
  chain(crypto.hmac('AWS4' + secretAccessKey, date), (kDate) =>
    chain(crypto.hmac(kDate, region), (kRegion) =>
      chain(crypto.hmac(kRegion, service), (kService) => crypto.hmac(kService, 'aws4_request')),
    ),
  );

/**
 * Step 3 of SigV4: the signing key for a secret, a day (`YYYYMMDD`), a region and a service.
 * It is secret material: keep it out of logs. The signer caches these keys itself.
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
  return deriveSigningKey(crypto, secretAccessKey, date, region, service);
}
