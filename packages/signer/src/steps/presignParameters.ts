import { ALGORITHM } from '../constants.js';
import { InvalidRequestError } from '../SignerError.js';
import { uriEscape } from './uriEscape.js';

/** The `X-Amz-*` parameters a presigned URL gets, but its signature. */
export interface PresignParameters {
  /** Canonical and sorted, to merge into the canonical query. */
  readonly signed: string;
  /** In the order AWS's own signers write them; an omitted session token is only here. */
  readonly sent: string;
}

/** The parameters presigning adds, as names in canonical query text (a bare name or `name=value`). */
const PRESIGNED =
  /(^|&)X-Amz-(Algorithm|Credential|Date|Expires|SignedHeaders|Security-Token|Signature)([=&]|$)/i;

/**
 * Throws {@link InvalidRequestError} when a URL's query, in canonical form, holds a parameter that
 * presigning adds: compared by the name AWS decodes (`X-Amz-Dat%65` is X-Amz-Date), in any case, as
 * it would be signed twice (aws-c-auth refuses them too).
 */
export const refusePresigned = (canonicalQuery: string): void => {
  if (PRESIGNED.test(canonicalQuery)) throw new InvalidRequestError('URL already presigned');
};

/** The first `X-Amz-*` parameters of a presigned URL: algorithm, credential and date. */
export const presignCredential = (accessKeyId: string, scope: string, amzDate: string): string =>
  `X-Amz-Algorithm=${ALGORITHM}&X-Amz-Credential=${uriEscape(`${accessKeyId}/${scope}`)}&X-Amz-Date=${amzDate}`;

/** The `X-Amz-*` parameters after {@link presignCredential}: expiry, signed headers, session token. */
export function presignParameters(
  credential: string,
  expiresIn: number,
  signedHeaders: string,
  sessionToken: string | undefined,
  omitSessionToken: boolean | undefined,
): PresignParameters {
  const expires = `&X-Amz-Expires=${expiresIn}`;
  const signed = `&X-Amz-SignedHeaders=${uriEscape(signedHeaders)}`;
  const token = sessionToken ? `&X-Amz-Security-Token=${uriEscape(sessionToken)}` : '';
  return {
    signed: credential + expires + (omitSessionToken ? '' : token) + signed,
    sent: credential + signed + expires + token,
  };
}
