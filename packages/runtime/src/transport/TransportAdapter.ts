/** How the client talks to a transport with its own fast path (see `nodeTransportAdapter`). */
export interface Transport {
  /** Per-call fetch options carrying `body`. */
  options(body: string): object;
  /** Reads a response of this transport as text, refusing more than `limit` bytes. */
  read(response: Response, limit: number): Promise<string>;
}

/**
 * Given the configured `fetch` and whether caller `afterResponse` hooks exist, the transport's fast path,
 * or `undefined` for a plain `fetch`.
 */
export type TransportAdapter = (
  fetch: typeof globalThis.fetch | undefined,
  hasAfterResponseHooks: boolean,
) => Transport | undefined;
