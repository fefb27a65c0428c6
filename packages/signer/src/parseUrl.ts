import { InvalidRequestError } from './SignerError.js';

/**
 * The parts of an absolute URL that SigV4 signs, exactly as written (nothing is re-encoded):
 * the URL without its `#fragment` (never sent); `host[:port]` as in the `Host` header (lowercase,
 * default port dropped); the path (`/` when empty); the query string without `?`.
 */
export type ParsedUrl = readonly [base: string, host: string, path: string, query: string];

/** scheme :// [userinfo@] host [:port], ending where the path, query or fragment starts. */
export const AUTHORITY = /^([a-z][\w+.-]*):\/\/(?:[^@/?#]*@)?(\[[^\]/?#]*\]|[^:/?#]+)(?::(\d*))?(?=[/?#]|$)/i;

// The authority, then the path and the query; the match ends where the fragment starts.
const PARTS =
  /^([a-z][\w+.-]*):\/\/(?:[^@/?#]*@)?(\[[^\]/?#]*\]|[^:/?#]+)(?::(\d*))?(?=[/?#]|$)([^?#]*)\??([^#]*)/i;

/** `Host` header value of an authority match: lowercase, without the scheme's default port. */
export const hostOf = (match: RegExpExecArray): string => {
  const [, scheme, host, port] = match as unknown as string[];
  return host!.toLowerCase() + (port && port !== (/s$/i.test(scheme!) ? '443' : '80') ? ':' + port : '');
};

/**
 * Splits an absolute URL into what SigV4 needs without `new URL()`, which would re-encode the
 * path: the signer signs the URL you send. Throws {@link InvalidRequestError} when the URL is not
 * absolute.
 *
 * @example
 * ```ts
 * parseUrl('https://IAM.amazonaws.com:443/a/b?x=1#top');
 * // ['https://IAM.amazonaws.com:443/a/b?x=1', 'iam.amazonaws.com', '/a/b', 'x=1']
 * ```
 */
export function parseUrl(url: string): ParsedUrl {
  const match = PARTS.exec(url);
  if (!match || typeof url !== 'string') throw new InvalidRequestError('Invalid URL: not absolute');
  return [match[0], hostOf(match), match[4] || '/', match[5]!];
}
