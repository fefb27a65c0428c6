import { InvalidRequestError } from './SignerError.js';

/** The parts of an absolute URL that SigV4 signs, exactly as written (nothing is re-encoded). */
export interface ParsedUrl {
  /** The URL without its `#fragment`, which is never sent. */
  readonly base: string;
  /** `host[:port]` as it goes in the `Host` header: lowercase, default port dropped. */
  readonly host: string;
  /** The path as written, `/` when empty. */
  readonly path: string;
  /** The query string without `?`, `''` when absent. */
  readonly query: string;
}

// scheme :// [userinfo@] host [:port] path [?query] [#fragment]
const URL_PATTERN =
  /^([a-z][\w+.-]*):\/\/(?:[^@/?#]*@)?(\[[^\]/?#]*\]|[^:/?#]+)(?::(\d*))?([^?#]*)(\?[^#]*)?/i;
const DEFAULT_PORTS: Record<string, string> = { http: '80', https: '443', ws: '80', wss: '443' };

/**
 * Splits an absolute URL into what SigV4 needs without `new URL()`, which is slower than
 * the whole signature and would re-encode the path: the signer signs the URL you send.
 * Throws {@link InvalidRequestError} when the URL is not absolute.
 *
 * @example
 * ```ts
 * parseUrl('https://IAM.amazonaws.com:443/a/b?x=1#top');
 * // { base: 'https://IAM.amazonaws.com:443/a/b?x=1', host: 'iam.amazonaws.com', path: '/a/b', query: 'x=1' }
 * ```
 */
export function parseUrl(url: string): ParsedUrl {
  const match = typeof url === 'string' ? URL_PATTERN.exec(url) : null;
  if (!match)
    throw new InvalidRequestError('Invalid URL: expected an absolute URL such as https://host/path');
  const [base, scheme, hostname, port, path, query] = match as unknown as string[];
  return {
    base: base!,
    host: hostname!.toLowerCase() + (port && port !== DEFAULT_PORTS[scheme!.toLowerCase()] ? ':' + port : ''),
    path: path || '/',
    query: query ? query.slice(1) : '',
  };
}
