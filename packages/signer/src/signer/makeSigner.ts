import { type CryptoBackend, chain, type MaybePromise } from '../backends/CryptoBackend.js';
import { checkedPart } from '../checkedPart.js';
import { ALGORITHM, DEFAULT_EXPIRES_IN, MAX_EXPIRES_IN } from '../constants.js';
import { credentialsResolver } from '../credentials.js';
import { hashable } from '../hashable.js';
import type { SigningParts } from '../parts/SigningParts.js';
import { Redacted } from '../Redacted.js';
import { InvalidExpiryError, InvalidRequestError } from '../SignerError.js';
import { canonicalRequestOf } from '../steps/createCanonicalRequest.js';
import { stringToSignOf } from '../steps/createStringToSign.js';
import { deriveSigningKey } from '../steps/getSigningKey.js';
import { hrefOf } from '../steps/parseUrl.js';
import { presignParameters } from '../steps/presignParameters.js';
import type { PresignOptions, SignableRequest, SignedRequest, Signer, SignerOptions } from '../types.js';
import { headersToSend } from './headersToSend.js';
import { presignedUrl } from './presignedUrl.js';
import { unsignedHeaders } from './unsignedHeaders.js';

/**
 * What `explain` gets of one signature; it reads the date, scope, signed headers and payload hash
 * from the canonical request and the string to sign, where SigV4 puts them.
 */
export interface SigningSteps {
  readonly accessKeyId: string;
  readonly canonicalRequest: string;
  readonly stringToSign: string;
  readonly signature: string;
  /** Derives the signing key again (the cache holds keys the backend imported, which may not export). */
  readonly signingKey: () => MaybePromise<Uint8Array>;
}

/** Receives a signature's result and steps instead of the caller: how `explain` sees every step. */
export type Explainer = (request: SignedRequest, steps: SigningSteps) => unknown;

/**
 * A signer made of `parts`, with `defaultCrypto` unless the options name a backend. Everything
 * fixed per signer (backend, credentials, defaults, signing-key cache) lives in this closure, so
 * nothing secret is reachable from an object.
 */
export function makeSigner(
  options: SignerOptions,
  parts: SigningParts,
  defaultCrypto: CryptoBackend,
): Signer {
  const {
    credentials: source,
    region: defaultRegion,
    service: defaultService,
    clock = () => new Date(),
    crypto = defaultCrypto,
    uriEscapePath,
    normalizePath,
    signingKeyCacheSize,
  } = options ?? {};
  // Checked now (the usual mistakes show at once) and again per call, where they can be overridden.
  checkedPart(defaultRegion, 'region');
  checkedPart(defaultService, 'service');
  const credentials = credentialsResolver(source, clock);
  const signingKeys = parts.signingKeyCache(signingKeyCacheSize);

  /** Step 3 with the cache: the key for `scope`, derived and imported on first use. */
  const signingKeyFor = (secretAccessKey: string, scope: string): unknown =>
    signingKeys.get(secretAccessKey, scope) ??
    chain(deriveSigningKey(crypto, secretAccessKey, scope), (raw) =>
      chain(crypto.importKey(raw), (key) => signingKeys.set(secretAccessKey, scope, key)),
    );

  /**
   * `sign` (or `presign` when `presign`), as SigV4's four steps. Backend answers are awaited only
   * when they are promises: node:crypto answers at once, and awaiting a plain value would still
   * cost a tick per step, so a node signature resolves in one tick.
   */
  async function signWith(
    presign: boolean,
    request: SignableRequest,
    callOptions?: PresignOptions | null,
    explainer?: Explainer,
  ): Promise<unknown> {
    if (!request) throw new InvalidRequestError('Missing request');
    // null (from JavaScript) is no options, as is the index `requests.map(signer.sign)` passes.
    const options = callOptions || {};
    const {
      region = defaultRegion,
      service = defaultService,
      expiresIn = DEFAULT_EXPIRES_IN,
      omitSessionTokenFromSignature: omitSessionToken,
    } = options;
    // WebCrypto hashes on worker threads: the payload hash starts first and the canonical request
    // is built while it runs (node:crypto answers at once).
    const payload = options.payloadHash ?? crypto.sha256(hashable(request.body ?? ''));
    // Bad input found meanwhile is the error to report: a failing hash must not also surface as an
    // unhandled rejection (it is still seen where it is awaited).
    if (payload instanceof Promise) payload.catch(() => {});
    const url = hrefOf(request.url);
    const method = checkedPart(request.method ?? 'GET', 'method').toUpperCase();
    const parsed = parts.parseUrl(url);
    const amzDate = parts.toAmzDate(options.signingDate ?? clock());
    const scope = parts.credentialScope(
      amzDate.slice(0, 8),
      checkedPart(region, 'region'),
      checkedPart(service, 'service'),
    );
    if (presign) {
      if (!(Number.isInteger(expiresIn) && expiresIn >= 1 && expiresIn <= MAX_EXPIRES_IN)) {
        throw new InvalidExpiryError(`expiresIn must be 1 to ${MAX_EXPIRES_IN} seconds`);
      }
    }
    const resolving = credentials();
    const { accessKeyId, secretAccessKey, sessionToken } =
      resolving instanceof Promise ? await resolving : resolving;

    // Step 1: the canonical request. The headers the signer sets come first, in the order they are
    // added to the result; a null one is set but not signed (it gets its value after step 4). Only
    // an `x-amz-content-sha256` header needs the payload hash this early.
    const own: Record<string, string | null> = {};
    if (!presign) {
      if (sessionToken) own['x-amz-security-token'] = omitSessionToken ? null : sessionToken;
      own['x-amz-date'] = amzDate;
      if (options.addContentSha256Header)
        own['x-amz-content-sha256'] = payload instanceof Promise ? await payload : payload;
      own.authorization = null;
    }
    const headers = parts.canonicalHeaders(
      request.headers,
      parsed.host,
      own,
      unsignedHeaders(options.signableHeaders, options.unsignableHeaders),
    );
    const parameters = presign
      ? presignParameters(
          parts.presignCredential(accessKeyId, scope, amzDate),
          expiresIn,
          headers.signedHeaders,
          sessionToken,
          omitSessionToken,
        )
      : undefined;
    // S3 signs the path as sent (unless told otherwise): the signing name of the call decides.
    const canonicalUri = parts.canonicalUri(
      parsed.path,
      options.normalizePath ?? normalizePath ?? service !== 's3',
      options.uriEscapePath ?? uriEscapePath ?? service !== 's3',
    );
    const canonicalQuery = parts.canonicalQuery(parsed.query, parameters?.signed ?? '', presign);
    const payloadHash = payload instanceof Promise ? await payload : payload;
    const canonicalRequest = canonicalRequestOf(method, canonicalUri, canonicalQuery, headers, payloadHash);

    // Step 2: the string to sign.
    const hashing = stringToSignOf(canonicalRequest, amzDate, scope, crypto);
    const stringToSign = hashing instanceof Promise ? await hashing : hashing;

    // Step 3: the signing key (cached per secret and scope).
    const keying = signingKeyFor(secretAccessKey, scope);
    const signingKey = keying instanceof Promise ? await keying : keying;

    // Step 4: the signature, in the Authorization header or the URL.
    const signing = crypto.hmacHex(signingKey, stringToSign);
    const signature = signing instanceof Promise ? await signing : signing;

    // The headers set but not signed get their values now: Authorization, an omitted session token.
    if (!presign) {
      own.authorization = `${ALGORITHM} Credential=${accessKeyId}/${scope}, SignedHeaders=${headers.signedHeaders}, Signature=${signature}`;
      if (sessionToken) own['x-amz-security-token'] = sessionToken;
    }
    // Filled in place: one object shape for every result, as fast as a constructor.
    const signed = new Redacted() as unknown as { -readonly [K in keyof SignedRequest]: SignedRequest[K] };
    signed.method = method;
    signed.url = parameters ? presignedUrl(url, parsed, parameters.sent, signature) : url;
    signed.headers = headersToSend(request.headers, own as Record<string, string>, headers.inputNames);
    // Only a function is explain's: `requests.map(signer.sign)` passes the array third.
    if (typeof explainer !== 'function') return signed;
    return explainer(signed, {
      accessKeyId,
      canonicalRequest,
      stringToSign,
      signature,
      signingKey: () => deriveSigningKey(crypto, secretAccessKey, scope),
    });
  }

  return {
    region: defaultRegion,
    service: defaultService,
    crypto: crypto.name,
    // The third argument is explain's (whose answer then replaces the signed request).
    sign: (request, options, explainer?: Explainer) =>
      signWith(false, request, options, explainer) as Promise<SignedRequest>,
    presign: (request, options, explainer?: Explainer) =>
      signWith(true, request, options, explainer) as Promise<SignedRequest>,
  };
}
