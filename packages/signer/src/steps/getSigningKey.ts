import { type CryptoBackend, chain, type MaybePromise } from '../backends/CryptoBackend.js';
import { webCryptoBackend } from '../backends/webCryptoBackend.js';
import { InvalidRequestError } from '../SignerError.js';
import { credentialScope } from './createStringToSign.js';

/**
 * `value` when it is a non-empty string without `/` (a credential scope part: a `/` would shift the
 * parts the key is derived from; or a method); else an {@link InvalidRequestError} naming `name`.
 */
export const checkedPart = (value: unknown, name: string): string => {
  if (typeof value !== 'string' || !/^[^/]+$/.test(value)) {
    throw new InvalidRequestError('Invalid ' + name);
  }
  return value;
};

/**
 * The four HMACs that turn a secret into the signing key of a credential scope (its four parts,
 * `date/region/service/aws4_request`, are the four messages); shared by the signer and
 * {@link getSigningKey}.
 */
export const deriveSigningKey = (
  crypto: CryptoBackend,
  secretAccessKey: string,
  scope: string,
): MaybePromise<Uint8Array> =>
  scope
    .split('/')
    .reduce<MaybePromise<string | Uint8Array>>(
      (key, part) => chain(key, (raw) => crypto.hmac(raw, part)),
      'AWS4' + secretAccessKey,
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
  return deriveSigningKey(
    crypto,
    secretAccessKey,
    credentialScope(
      checkedPart(date, 'date'),
      checkedPart(region, 'region'),
      checkedPart(service, 'service'),
    ),
  );
}
