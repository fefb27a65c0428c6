import { InvalidRequestError } from './SignerError.js';

/**
 * The bytes of a body as `sha256` takes them: text as is, an `ArrayBuffer` or a view as a
 * `Uint8Array` sharing the caller's memory (a 1 MiB body is hashed in place, never copied).
 * Anything else (a stream, a `Blob`) is an {@link InvalidRequestError}: pass a `payloadHash`.
 * Typed as what it reads: an `ArrayBuffer` is a view without `buffer` and `byteOffset`.
 */
export const hashable = (body: string | Partial<ArrayBufferView>): string | Uint8Array => {
  if (typeof body === 'string') return body;
  // ArrayBuffers and views have a byteLength; streams, Blobs, FormData and plain objects do not.
  if (!(body.byteLength! >= 0)) throw new InvalidRequestError('Unhashable body: pass a payloadHash');
  return new Uint8Array(body.buffer ?? (body as ArrayBuffer), body.byteOffset, body.byteLength);
};
