import { InvalidRequestError } from './SignerError.js';

/**
 * The parts of an absolute URL that SigV4 signs, exactly as written (nothing is re-encoded):
 * the URL without its `#fragment` (never sent); `host[:port]` as in the `Host` header (lowercase,
 * default port dropped); the path (`/` when empty); the query string without `?`.
 */
export type ParsedUrl = readonly [base: string, host: string, path: string, query: string];

// scheme :// [userinfo@] host [:port], then path, query and fragment are found with indexOf (a
// regex over a long query string costs more than the rest of the parse).
const AUTHORITY = /^([a-z][\w+.-]*):\/\/(?:[^@/?#]*@)?(\[[^\]/?#]*\]|[^:/?#]+)(?::(\d*))?(?=[/?#]|$)/i;

// A signer mostly signs requests to one endpoint: the last answer, and the last endpoint, are kept.
let lastUrl: string | undefined;
let lastParsed: ParsedUrl = ['', '', '', ''];
let lastAuthority = '\0'; // matches no URL until the first parse
let lastHost = '';

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
  let authority = lastAuthority;
  if (
    typeof url !== 'string' ||
    !url.startsWith(authority) ||
    !'/?#'.includes(url[authority.length] ?? '/')
  ) {
    const match = AUTHORITY.exec(url);
    if (!match) throw new InvalidRequestError('Invalid URL: not absolute');
    const [, scheme, host, port] = match as unknown as string[];
    authority = lastAuthority = match[0];
    lastHost =
      host!.toLowerCase() + (port && port !== (/s$/i.test(scheme!) ? '443' : '80') ? ':' + port : '');
  }
  const fragment = url.indexOf('#', authority.length);
  const end = fragment < 0 ? url.length : fragment;
  const question = url.indexOf('?', authority.length);
  const queryAt = question < 0 || question > end ? end : question;
  lastParsed = [
    fragment < 0 ? url : url.slice(0, end),
    lastHost,
    url.slice(authority.length, queryAt) || '/',
    url.slice(queryAt + 1, end),
  ];
  lastUrl = url;
  return lastParsed;
}
