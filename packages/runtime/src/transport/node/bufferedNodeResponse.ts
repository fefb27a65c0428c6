import type { IncomingHttpHeaders } from 'node:http';
import { BUFFERED_TEXT, type BufferedResponse } from '../bufferedText.js';

const joined = (value: string | string[] | undefined): string | null =>
  value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;

/**
 * The read-only part of `Headers` the client uses, over Node's already-parsed (lower-cased) headers:
 * building an undici `Headers` and `Response` per call costs more than everything else the transport does.
 */
class NodeHeaders {
  readonly #raw: IncomingHttpHeaders;
  constructor(raw: IncomingHttpHeaders) {
    this.#raw = raw;
  }
  get(name: string): string | null {
    return joined(this.#raw[name.toLowerCase()]);
  }
  has(name: string): boolean {
    return this.#raw[name.toLowerCase()] !== undefined;
  }
  forEach(callback: (value: string, name: string) => void): void {
    for (const [name, value] of this) callback(value, name);
  }
  *entries(): IterableIterator<[string, string]> {
    for (const name of Object.keys(this.#raw).sort()) {
      const value = joined(this.#raw[name]);
      if (value !== null) yield [name, value];
    }
  }
  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.entries();
  }
}

/**
 * The response {@link nodeHttpFetch} hands to the client (only when the client asks for it with the
 * private `iamkitBuffered` init flag): status, headers and the whole body as text under `BUFFERED_TEXT`.
 * Anyone else calling the transport gets a real `Response`.
 */
export const bufferedNodeResponse = (
  status: number,
  statusText: string,
  headers: IncomingHttpHeaders,
  text: string,
): BufferedResponse =>
  ({
    ok: status >= 200 && status < 300,
    status,
    statusText,
    headers: new NodeHeaders(headers),
    body: null,
    bodyUsed: false,
    [BUFFERED_TEXT]: text,
  }) as unknown as BufferedResponse;
