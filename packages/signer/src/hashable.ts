import { InvalidRequestError } from './SignerError.js';
import type { SignableRequest } from './types.js';

/**
 * The bytes of a body as `sha256` takes them: text as is, an `ArrayBuffer` or a view as a
 * `Uint8Array` sharing the caller's memory (a 1 MiB body is hashed in place, never copied).
 * Anything else (a stream, a `Blob`) is an {@link InvalidRequestError}: pass a `payloadHash`.
 */
export const hashable = (body: SignableRequest['body']): string | Uint8Array => {
  if (typeof body === 'string') return body;
  // ArrayBuffers and views have a byteLength; streams, Blobs, FormData and plain objects do not.
  const view = body as Partial<ArrayBufferView>;
  if (!(view.byteLength! >= 0)) throw new InvalidRequestError('Unhashable body: pass a payloadHash');
  return new Uint8Array(view.buffer ?? (body as ArrayBuffer), view.byteOffset, view.byteLength);
};
