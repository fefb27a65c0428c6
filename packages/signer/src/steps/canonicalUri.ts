import { uriEscape } from './uriEscape.js';

/**
 * The canonical URI of a path as it goes on the wire.
 *
 * - `normalize` (default for every service but S3) removes empty, `.` and `..` segments.
 * - `doubleEncode` (default for every service but S3) URI-encodes the path once more, so an encoded
 *   `%20` becomes `%2520` ("double encoding"). Without it (S3) the path is used as sent; only
 *   characters that cannot appear in a URI path (space, non-ASCII, ...) are percent-encoded.
 *
 * @example
 * ```ts
 * canonicalUri('/a//b/../c%20d', true, true); // '/a/c%2520d'
 * canonicalUri('/a//b/../c%20d', false, false); // '/a//b/../c%20d'
 * ```
 */
export function canonicalUri(path: string, normalize: boolean, doubleEncode: boolean): string {
  if (normalize) {
    const segments: string[] = [];
    for (const segment of path.split('/')) {
      if (segment === '..') segments.pop();
      else if (segment && segment !== '.') segments.push(segment);
    }
    path = '/' + segments.join('/') + (segments[0] && /\/$/.test(path) ? '/' : '');
  }
  return path.replace(doubleEncode ? /[^\w.~/-]+/g : /[^\w.~/%-]+/g, uriEscape);
}
