import { describeValue } from './describeValue.js';
import { InvalidConnectionError } from './errors/InvalidConnectionError.js';

// Characters with no business in an endpoint URL, checked on the raw string because URL parsing would
// silently strip, decode or reinterpret them: whitespace and controls, non-ASCII (look-alike hosts),
// backslashes, `@` (userinfo), `%` (encoded hosts), and query or fragment markers.
const FORBIDDEN = /[^\x21-\x7e]|[\\@%?#]/;

/**
 * Validates an explicit endpoint override (moto, a local emulator, a VPC endpoint) and returns it
 * normalised (no trailing slash). Plain `http://` is accepted only for loopback hosts (127.0.0.0/8,
 * `[::1]`, `localhost`) unless `allowInsecureHttp` is `true`.
 *
 * @example
 * ```ts
 * validateEndpointOverride('http://127.0.0.1:5000', false); // 'http://127.0.0.1:5000'
 * validateEndpointOverride('http://iam.internal', false);   // throws InvalidConnectionError
 * ```
 */
export function validateEndpointOverride(endpoint: unknown, allowInsecureHttp: boolean): string {
  const reject = (why: string): never => {
    throw new InvalidConnectionError('endpoint', `endpoint ${describeValue(endpoint)} ${why}`);
  };
  if (typeof endpoint !== 'string' || endpoint === '') return reject('must be a non-empty URL string');
  if (endpoint.length > 2048) return reject('is longer than 2048 characters');
  // Userinfo (`user:password@host`) would put a password in the message, so this one quotes nothing.
  if (endpoint.includes('@')) {
    throw new InvalidConnectionError('endpoint', 'endpoint must not contain "@" (no user:password@host)');
  }
  if (FORBIDDEN.test(endpoint)) {
    return reject('contains whitespace, non-ASCII or one of \\ @ % ? #');
  }
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return reject('is not an absolute URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return reject('must use https:// (or http:// locally)');
  if (url.username || url.password) return reject('must not contain credentials');
  if (url.protocol === 'http:' && !allowInsecureHttp && !isLoopback(url.hostname)) {
    return reject('uses http:// for a non-loopback host (allowInsecureHttp: true permits it)');
  }
  const path = url.pathname === '/' ? '' : url.pathname.replace(/\/+$/, '');
  return `${url.protocol}//${url.host}${path}`;
}

function isLoopback(hostname: string): boolean {
  return (
    hostname === 'localhost' || hostname === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname)
  );
}
