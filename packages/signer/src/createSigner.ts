import { webCryptoBackend } from './backends/webCryptoBackend.js';
import { compactParts } from './parts/compactParts.js';
import { makeSigner } from './signer/makeSigner.js';
import type { Signer, SignerOptions } from './types.js';

/**
 * Creates a SigV4 signer. Credentials are checked now when static ({@link InvalidCredentialsError}
 * if missing or empty), on first use when a provider. A region or service that is empty, not a
 * string or holds `/` is an {@link InvalidRequestError} (now, and per call for overrides).
 *
 * @example
 * ```ts
 * import { createSigner } from '@iamkit/signer';
 *
 * const signer = createSigner({
 *   credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' },
 *   region: 'us-east-1',
 *   service: 'iam',
 * });
 * const { url, method, headers } = await signer.sign({
 *   method: 'POST',
 *   url: 'https://iam.amazonaws.com/',
 *   headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
 *   body: 'Action=ListUsers&Version=2010-05-08',
 * });
 * const { url: shareable } = await signer.presign({ url: 'https://iam.amazonaws.com/?Action=ListUsers&Version=2010-05-08' }, { expiresIn: 900 });
 * ```
 */
export const createSigner = (options: SignerOptions): Signer =>
  makeSigner(options, compactParts, webCryptoBackend);
