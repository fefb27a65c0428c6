import type { ParsedUrl } from '../steps/parseUrl.js';

/**
 * The presigned URL: the input's, with the parameters and the signature after its query (a `?`
 * when it has none, a `&` unless its query is empty or ends with one), the fragment kept.
 */
export function presignedUrl(
  url: string,
  { base, query }: ParsedUrl,
  parameters: string,
  signature: string,
): string {
  const separator = !base.includes('?') ? '?' : query === '' || query.endsWith('&') ? '' : '&';
  return `${base}${separator}${parameters}&X-Amz-Signature=${signature}${url.slice(base.length)}`;
}
