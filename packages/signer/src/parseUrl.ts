import { InvalidRequestError } from './SignerError.js';

/**
 * The parts of an absolute URL that SigV4 signs, exactly as written (nothing is re-encoded):
 * the URL without its `#fragment` (never sent); `host[:port]` as in the `Host` header (lowercase,
 * default port dropped); the path (`/` when empty); the query string without `?`.
 */
export type ParsedUrl = readonly [base: string, host: string, path: string, query: string];

// scheme :// [userinfo@] host [:port] path [?query] [#fragment]
const URL_PATTERN =
  /^([a-z][\w+.-]*):\/\/(?:[^@/?#]*@)?(\[[^\]/?#]*\]|[^:/?#]+)(?::(\d*))?([^?#]*)\??([^#]*)/i;

// A signer mostly signs requests to one endpoint: the last answer is kept.
let lastUrl: string | undefined;
let lastParsed: ParsedUrl = ['', '', '', ''];

/**
 * Splits an absolute URL into what SigV4 needs without `new URL()`, which is slower than the
 * whole signature and would re-encode the path: the signer signs the URL you send.
 * Throws {@link InvalidRequestError} when the URL is not absolute.
 *
 * @example
 * ```ts
 * parseUrl('https://IAM.amazonaws.com:443/a/b?x=1#top');
 * // ['https://IAM.amazonaws.com:443/a/b?x=1', 'iam.amazonaws.com', '/a/b', 'x=1']
 * ```
 */
export function parseUrl(url: string): ParsedUrl {
  if (url === lastUrl) return lastParsed;
  const match = URL_PATTERN.exec(url);
  if (!match) throw new InvalidRequestError('Invalid URL: not absolute');
  const [base, scheme, host, port, path, query] = match as unknown as string[];
  lastParsed = [
    base!,
    host!.toLowerCase() + (port && port !== (/s$/i.test(scheme!) ? '443' : '80') ? ':' + port : ''),
    path || '/',
    query!,
  ];
  lastUrl = url;
  return lastParsed;
}
