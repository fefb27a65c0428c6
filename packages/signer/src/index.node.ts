/**
 * @iamkit/signer under the `node` export condition: the same API as the universal entry, with
 * node:crypto (synchronous, no extra ticks) as the default backend and the fast parts.
 */

import type { CryptoBackend } from './backends/CryptoBackend.js';
import { nodeCryptoBackend } from './backends/nodeCryptoBackend.js';
import { fastParts } from './parts/fast/fastParts.js';
import { makeSigner } from './signer/makeSigner.js';
import { computeSignature as computeSignatureWith } from './steps/computeSignature.js';
import { createStringToSign as createStringToSignWith } from './steps/createStringToSign.js';
import { getSigningKey as getSigningKeyWith } from './steps/getSigningKey.js';
import type { Signer, SignerOptions } from './types.js';

export { nodeCryptoBackend } from './backends/nodeCryptoBackend.js';
export * from './index.js';

/**
 * Creates a SigV4 signer (node:crypto unless `crypto` says otherwise), built from the fast parts.
 *
 * @example
 * ```ts
 * const signer = createSigner({ credentials: { accessKeyId, secretAccessKey }, region: 'us-east-1', service: 'iam' });
 * const signed = await signer.sign({ method: 'GET', url: 'https://iam.amazonaws.com/?Action=ListUsers&Version=2010-05-08' });
 * ```
 */
export const createSigner = (options: SignerOptions): Signer =>
  makeSigner(options, fastParts, nodeCryptoBackend);

/**
 * Step 2 of SigV4: the string to sign (node:crypto by default).
 *
 * @example
 * ```ts
 * const stringToSign = await createStringToSign(canonicalRequest, '20150830T123600Z', '20150830/us-east-1/service/aws4_request');
 * ```
 */
export const createStringToSign = (
  canonicalRequest: string,
  amzDate: string,
  scope: string,
  crypto: CryptoBackend = nodeCryptoBackend,
): Promise<string> => createStringToSignWith(canonicalRequest, amzDate, scope, crypto);

/**
 * Step 3 of SigV4: the signing key (node:crypto by default). Secret material: keep it out of logs.
 *
 * @example
 * ```ts
 * const key = await getSigningKey(secretAccessKey, '20150830', 'us-east-1', 'iam');
 * ```
 */
export const getSigningKey = (
  secretAccessKey: string,
  date: string,
  region: string,
  service: string,
  crypto: CryptoBackend = nodeCryptoBackend,
): Promise<Uint8Array> => getSigningKeyWith(secretAccessKey, date, region, service, crypto);

/**
 * Step 4 of SigV4: the hex signature (node:crypto by default).
 *
 * @example
 * ```ts
 * const signature = await computeSignature(await getSigningKey(secret, '20150830', 'us-east-1', 'iam'), stringToSign);
 * ```
 */
export const computeSignature = (
  signingKey: Uint8Array,
  stringToSign: string,
  crypto: CryptoBackend = nodeCryptoBackend,
): Promise<string> => computeSignatureWith(signingKey, stringToSign, crypto);
