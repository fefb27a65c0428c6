import { Redacted } from '../Redacted.js';
import { type HeaderMap, headerValue } from '../steps/canonicalHeaders.js';

/**
 * The headers of a signed request: the input's, then the ones the signer sets (`set`), each
 * replacing the input's copy where it stands, in the input's spelling (`inputNames`).
 */
export function headersToSend(
  input: HeaderMap | undefined,
  set: Readonly<Record<string, string>>,
  inputNames: Readonly<Record<string, string>>,
): Record<string, string> {
  const headers = new Redacted() as unknown as Record<string, string>;
  for (const key in input) {
    const value = input[key];
    // A list is sent on one line as it was signed (items trimmed, joined by ','): its String()
    // would keep the items' spaces, which AWS would sign differently.
    if (value != null) headers[key] = Array.isArray(value) ? headerValue(value) : String(value);
  }
  for (const name in set) headers[inputNames[name] ?? name] = set[name]!;
  return headers;
}
