import { UNSIGNED_HEADERS } from '../constants.js';

/** Header names as a lowercase list: a list, or from JavaScript one name, in any case. */
const lowercase = (names: unknown): string[] =>
  [names ?? []].flat().map((name) => String(name).toLowerCase());

/**
 * The names not to sign for a call: {@link UNSIGNED_HEADERS} and `unsignable`, but not `signable`.
 */
export function unsignedHeaders(signable: unknown, unsignable: unknown): ReadonlySet<string> {
  if (!signable && !(unsignable as readonly string[] | undefined)?.length) return UNSIGNED_HEADERS;
  const unsigned = new Set([...UNSIGNED_HEADERS, ...lowercase(unsignable)]);
  for (const name of lowercase(signable)) unsigned.delete(name);
  return unsigned;
}
