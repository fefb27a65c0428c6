import {
  type CanonicalHeaders,
  type HeaderMap,
  headerName,
  headerValue,
} from '../../steps/canonicalHeaders.js';

const NO_INPUT_NAMES: Readonly<Record<string, string>> = Object.freeze({});

// Printable ASCII words separated by single spaces need no trimming (the common case, checked fast).
const trimValue = (value: string): string =>
  /^[!-~]+(?: [!-~]+)*$/.test(value) ? value : headerValue(value);

/** Inserts `name: value` into the sorted parallel lists (a repeated name gets its value appended). */
function insert(names: string[], values: string[], name: string, value: string): void {
  let at = names.length;
  while (at > 0 && names[at - 1]! > name) at--;
  if (at > 0 && names[at - 1] === name) {
    values[at - 1] += ',' + value;
    return;
  }
  for (let move = names.length; move > at; move--) {
    names[move] = names[move - 1]!;
    values[move] = values[move - 1]!;
  }
  names[at] = name;
  values[at] = value;
}

/**
 * {@link canonicalHeaders} for the node entry's signer: names and values kept in sorted parallel
 * lists, values that need no trimming recognised at once.
 */
export function canonicalHeadersFast(
  headers: HeaderMap | undefined,
  host: string,
  own: Readonly<Record<string, string | null>>,
  unsigned: ReadonlySet<string>,
): CanonicalHeaders {
  // Names and values kept sorted by insertion: requests carry a handful of headers, and this
  // beats a dictionary plus a sort several times over.
  const names: string[] = [];
  const values: string[] = [];
  let inputNames: Record<string, string> | undefined;
  let hasHost = false;
  for (const key in headers) {
    const value = headers[key];
    const name = headerName(key);
    if (Object.hasOwn(own, name)) {
      inputNames ??= {};
      inputNames[name] = key;
    } else if (value != null && !unsigned.has(name)) {
      hasHost ||= name === 'host';
      // Arrays (rare), numbers and booleans as the compact canonicalHeaders reads them.
      insert(names, values, name, typeof value === 'string' ? trimValue(value) : headerValue(value));
    }
  }
  if (!hasHost) insert(names, values, 'host', host);
  for (const name in own) {
    const value = own[name];
    if (value != null) insert(names, values, name, value);
  }
  let canonical = '';
  let signed = '';
  for (let at = 0; at < names.length; at++) {
    canonical += names[at] + ':' + values[at] + '\n';
    signed += (signed && ';') + names[at];
  }
  return { canonicalHeaders: canonical, signedHeaders: signed, inputNames: inputNames ?? NO_INPUT_NAMES };
}
