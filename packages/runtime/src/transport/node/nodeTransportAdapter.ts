import { BUFFERED_TEXT, type BufferedResponse, TAKES_BODY_OPTION } from '../bufferedText.js';
import { readBody } from '../readBody.js';
import type { TransportAdapter } from '../TransportAdapter.js';

/**
 * The fast path of a `fetch` marked `TAKES_BODY_OPTION` (the Node `node:http` transport): the body goes
 * as the `iamkitBody` option, so ky builds no body stream for the Request, and the answer comes back as
 * buffered text, unless a caller `afterResponse` hook exists and must be handed a real Response. Kept
 * out of the plain entry: browsers and edge runtimes have no such transport.
 *
 * @example
 * ```ts
 * const client = createServiceClient(spec, config, { transport: nodeTransport });
 * ```
 */
export const nodeTransportAdapter: TransportAdapter = (fetch, hasAfterResponseHooks) => {
  if (!fetch || !(TAKES_BODY_OPTION in fetch)) return undefined;
  // Per-call options beyond the body that never change: built once.
  const fixed = hasAfterResponseHooks ? {} : { iamkitBuffered: true };
  return {
    options: (body) => ({ ...fixed, iamkitBody: body }),
    read: (response, limit) => {
      const buffered = (response as BufferedResponse)[BUFFERED_TEXT];
      return buffered === undefined ? readBody(response, limit) : Promise.resolve(buffered);
    },
  };
};
