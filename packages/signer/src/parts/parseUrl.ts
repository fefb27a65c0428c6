import { InvalidRequestError } from '../SignerError.js';

/**
 * The parts of an absolute URL that SigV4 signs, exactly as written (nothing is re-encoded):
 * the URL without its `#fragment` (never sent); `host[:port]` as in the `Host` header (lowercase,
 * default port dropped); the path (`/` when empty); the query string without `?`.
 */
export type ParsedUrl = readonly [base: string, host: string, path: string, query: string];

/**
 * scheme :// [userinfo@] host [:port], ending where the path, query or fragment starts. The host
 * is letters, digits, `.`, `-` and `_`, or an IPv6 address in brackets: `URL` (so fetch) would
 * decode, map or refuse anything else (a space, a control character, a `%` escape, non-ASCII), so
 * the `Host` it sends could differ from the one signed. Numeric shorthands that `URL` rewrites to
 * the same machine (`127.1`, a non-canonical IPv6 form) are signed as written and fail to verify.
 * `\` is a path delimiter for fetch: `https://evil.example\@iam.amazonaws.com/` goes to
 * evil.example, so no userinfo holds one.
 */
export const AUTHORITY = /^([a-z][\w.+-]*):\/\/(?:[^@/?#\\]*@)?(\[[\w.:]+\]|[\w.-]+)(?::(\d*))?(?=[/?#]|$)/i;

/**
 * `Host` header value of an authority match: lowercase, the port as a number (`:0443` is 443, as
 * `URL` reads it), dropped when it is the scheme's default.
 */
export const hostOf = ([, scheme, host, port]: RegExpExecArray): string =>
  host!.toLowerCase() + (port && +port !== (/s$/i.test(scheme!) ? 443 : 80) ? ':' + +port : '');

/**
 * Splits an absolute URL into what SigV4 needs without `new URL()`, which would re-encode the
 * path: the signer signs the URL you send. Throws {@link InvalidRequestError} when the URL is not
 * absolute or fetch would not send it as written: a tab, CR or LF anywhere, a control character
 * or space at either end, `\` before the query, a host other than a plain name or `[IPv6]`.
 *
 * @example
 * ```ts
 * parseUrl('https://IAM.amazonaws.com:443/a/b?x=1#top');
 * // ['https://IAM.amazonaws.com:443/a/b?x=1', 'iam.amazonaws.com', '/a/b', 'x=1']
 * ```
 */
export function parseUrl(url: string): ParsedUrl {
  // The authority, then the path and the query; the match ends where the fragment starts. First
  // what `URL` would change before fetch sends it: tab, CR or LF anywhere (removed), a C0 control
  // or space at the end (trimmed; at the start the scheme is missing), `\` before the query.
  // Written here rather than as a module constant: one name fewer in a browser bundle.
  const match =
    /^(?=[^\t\n\r]*[^\0- ]$)(?![^?#]*\\)([a-z][\w.+-]*):\/\/(?:[^@/?#]*@)?(\[[\w.:]+\]|[\w.-]+)(?::(\d*))?(?=[/?#]|$)([^?#]*)\??([^#]*)/i.exec(
      url,
    );
  // The message never holds the URL itself, which may hold a presigned token.
  if (!match || typeof url !== 'string')
    throw new InvalidRequestError('Invalid URL: not absolute, or fetch would change it');
  return [match[0], hostOf(match), match[4] || '/', match[5]!];
}
