import { InvalidRequestError } from '../SignerError.js';

/** The parts of an absolute URL that SigV4 signs, exactly as written (nothing is re-encoded). */
export interface ParsedUrl {
  /** The URL without its `#fragment` (never sent). */
  readonly base: string;
  /** `host[:port]` as in the `Host` header: lowercase, the scheme's default port dropped. */
  readonly host: string;
  /** The path, `/` when empty. */
  readonly path: string;
  /** The query string without its `?`. */
  readonly query: string;
}

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
 * What fetch sends as written: no tab, CR or LF anywhere (`URL` removes them), no C0 control or
 * space at the end (trimmed; at the start the scheme check fails), no `\` before the query.
 */
const SENT_AS_WRITTEN = /^(?=[^\t\n\r]*[^\0- ]$)(?![^?#]*\\)/;

/** After the authority: the path, then the query after `?`, up to the fragment. */
const PATH_AND_QUERY = /^([^?#]*)\??([^#]*)/;

/**
 * `Host` header value of an {@link AUTHORITY} match: lowercase, the port as a number (`:0443` is
 * 443, as `URL` reads it), dropped when it is the scheme's default.
 */
export const hostOf = ([, scheme, host, port]: RegExpExecArray): string => {
  const defaultPort = /s$/i.test(scheme!) ? 443 : 80;
  return host!.toLowerCase() + (port && Number(port) !== defaultPort ? `:${Number(port)}` : '');
};

/**
 * Splits an absolute URL into what SigV4 needs without `new URL()`, which would re-encode the
 * path: the signer signs the URL you send. Throws {@link InvalidRequestError} when the URL is not
 * absolute or fetch would not send it as written: a tab, CR or LF anywhere, a control character
 * or space at either end, `\` before the query, a host other than a plain name or `[IPv6]`.
 *
 * @example
 * ```ts
 * parseUrl('https://IAM.amazonaws.com:443/a/b?x=1#top');
 * // { base: 'https://IAM.amazonaws.com:443/a/b?x=1', host: 'iam.amazonaws.com', path: '/a/b', query: 'x=1' }
 * ```
 */
export function parseUrl(url: string): ParsedUrl {
  const authority = typeof url === 'string' && SENT_AS_WRITTEN.test(url) ? AUTHORITY.exec(url) : null;
  // The message never holds the URL itself, which may hold a presigned token.
  if (!authority) throw new InvalidRequestError('Invalid URL: not absolute, or changed by fetch');
  const [pathAndQuery, path, query] = PATH_AND_QUERY.exec(url.slice(authority[0].length))!;
  return { base: authority[0] + pathAndQuery, host: hostOf(authority), path: path || '/', query: query! };
}

/** The text of a request's URL: a `URL` object is signed as its `href`; anything else parseUrl refuses. */
export const hrefOf = (url: string | { readonly href: string } | undefined): string =>
  typeof url === 'string' ? url : (url?.href as string);
