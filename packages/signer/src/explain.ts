import { chain } from './backends/CryptoBackend.js';
import { toHex } from './backends/toHex.js';
import { Redacted } from './Redacted.js';
import type { Explainer } from './signer/makeSigner.js';
import type { Explanation, PresignOptions, SignableRequest, Signer } from './types.js';

/** Options of {@link explain}: those of `sign` or `presign`, and which of the two to explain. */
export type ExplainOptions = PresignOptions & {
  /** Explain the presigned URL (`presign`) instead of header signing (`sign`). */
  readonly query?: boolean | undefined;
};

/**
 * Every step of one signature, computed exactly as `signer.sign` (or `signer.presign` with
 * `query: true`) would, to compare with what AWS answers with `SignatureDoesNotMatch` or with
 * another implementation. Never holds the secret key; the signing key (derived again for this call
 * only) is a non-enumerable `signingKey`, which `JSON.stringify` and `util.inspect` leave out, as
 * they hide the session token. A separate function, so bundles that only sign do not carry it.
 *
 * @example
 * ```ts
 * import { createSigner, explain } from '@iamkit/signer';
 * const x = await explain(signer, request, { signingDate: new Date('2015-08-30T12:36:00Z') });
 * console.log(x.canonicalRequest);
 * console.log(x.stringToSign);
 * ```
 */
export function explain(
  signer: Signer,
  request: SignableRequest,
  options: ExplainOptions = {},
): Promise<Explanation> {
  const mode = options.query ? 'query' : 'header';
  const explainer: Explainer = (
    signed,
    { accessKeyId, canonicalRequest, stringToSign, signature, signingKey },
  ) => {
    // SigV4 puts the date and the scope on the string to sign's second and third lines, the signed
    // header names and the payload hash on the canonical request's last two.
    const [, amzDate, credentialScope] = stringToSign.split('\n');
    const [signedHeaders, payloadHash] = canonicalRequest.split('\n').slice(-2);
    const explanation = Object.assign(new Redacted(), {
      mode,
      crypto: signer.crypto,
      accessKeyId,
      amzDate,
      credentialScope,
      signedHeaders,
      payloadHash,
      canonicalRequest,
      stringToSign,
      signature,
      request: signed,
    });
    // Not enumerable: left out of the JSON and inspect forms (Redacted's inspect shows its JSON).
    return chain(signingKey(), (key) =>
      Object.defineProperty(explanation, 'signingKey', { value: toHex(key) }),
    );
  };
  // The signer's methods take an explainer third (see makeSigner): the signature ends here instead.
  const signWith = (options.query ? signer.presign : signer.sign) as unknown as (
    request: SignableRequest,
    options: ExplainOptions,
    explainer: Explainer,
  ) => Promise<Explanation>;
  return signWith(request, options, explainer);
}
