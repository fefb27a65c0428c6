import { chain } from './backends/CryptoBackend.js';
import { toHex } from './backends/toHex.js';
import type { Signer } from './createSigner.js';
import type { Finish } from './parts/SigningParts.js';
import { Redacted } from './Redacted.js';
import type { Explanation, PresignOptions, SignableRequest } from './types.js';

/** Options of {@link explain}: those of `sign` or `presign`, and which of the two to explain. */
export type ExplainOptions = PresignOptions & {
  /** Explain the presigned URL (`presign`) instead of header signing (`sign`). */
  readonly query?: boolean | undefined;
};

/** The names of the string steps a signer hands `explain` (`Steps` in signingParts.ts), in order. */
const NAMES = [
  'accessKeyId',
  'amzDate',
  'credentialScope',
  'signedHeaders',
  'payloadHash',
  'canonicalRequest',
  'stringToSign',
  'signature',
] as const;

/** The {@link Finish} of `explain`: the explanation of a signature by `signer` (query signing when `query`). */
const collector =
  (signer: Signer, query: boolean): Finish =>
  (request, steps) => {
    const explanation = new Redacted() as unknown as Record<string, unknown>;
    explanation.mode = query ? 'query' : 'header';
    explanation.crypto = signer.crypto;
    NAMES.forEach((name, at) => {
      explanation[name] = steps[at];
    });
    explanation.request = request;
    // Not enumerable: left out of the JSON and inspect forms (Redacted's inspect shows its JSON).
    return chain(steps[8](), (key) =>
      Object.defineProperty(explanation, 'signingKey', { value: toHex(key) }),
    );
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
  const query = !!options.query;
  const run = (query ? signer.presign : signer.sign) as unknown as (
    ...args: [SignableRequest, ExplainOptions, Finish]
  ) => Promise<Explanation>;
  return run(request, options, collector(signer, query));
}
