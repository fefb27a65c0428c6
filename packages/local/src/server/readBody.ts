import type { IncomingMessage } from 'node:http';
import { LocalError } from './LocalError.js';

/** The largest request body accepted: IAM's largest documents fit well within it. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** Reads a request body, refusing (413) more than {@link MAX_BODY_BYTES}. */
export function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(request.headers['content-length'] ?? '0');
    if (declared > MAX_BODY_BYTES) {
      request.resume();
      reject(new LocalError('RequestEntityTooLarge', 'Request body is too large.', 413));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        request.removeAllListeners('data');
        request.resume();
        reject(new LocalError('RequestEntityTooLarge', 'Request body is too large.', 413));
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}
