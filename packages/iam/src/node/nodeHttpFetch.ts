import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { BUFFERED_TEXT, type BufferedResponse, TAKES_BODY_OPTION } from '../client/bufferedText.js';
import { DEFAULT_MAX_RESPONSE_BYTES } from '../client/readBody.js';
import { IamParseError } from '../errors/IamParseError.js';

/** Options of {@link nodeHttpFetch}. */
export interface NodeHttpFetchOptions {
  /** Agents to use; default keep-alive agents shared by every client using this transport. */
  httpAgent?: HttpAgent;
  httpsAgent?: HttpsAgent;
  /** Stop reading and fail past this many bytes (default 10 MiB). */
  maxResponseBytes?: number;
}

let sharedHttp: HttpAgent | undefined;
let sharedHttps: HttpsAgent | undefined;
const httpAgent = (): HttpAgent => {
  sharedHttp ??= new HttpAgent({ keepAlive: true });
  return sharedHttp;
};
const httpsAgent = (): HttpsAgent => {
  sharedHttps ??= new HttpsAgent({ keepAlive: true });
  return sharedHttps;
};

const toHeaders = (message: IncomingMessage): [string, string][] => {
  const out: [string, string][] = [];
  for (const [name, value] of Object.entries(message.headers)) {
    if (value !== undefined) out.push([name, Array.isArray(value) ? value.join(', ') : value]);
  }
  return out;
};

/**
 * A `fetch` for Node built on `node:http` / `node:https` with keep-alive, for `createIamClient({ fetch })`.
 * Node's built-in `fetch` (undici) costs several times more CPU per request than `node:http`; this
 * transport takes the body straight from the client and hands the response text back without a stream.
 * It implements what the IAM client needs (POST of a string body, a text response), not all of `fetch`.
 *
 * @example
 * ```ts
 * import { createIamClient } from '@iamkit/iam';
 * import { nodeHttpFetch } from '@iamkit/iam'; // exported under the `node` condition
 * const client = createIamClient({ credentials, fetch: nodeHttpFetch() });
 * ```
 */
export const nodeHttpFetch = (options: NodeHttpFetchOptions = {}): typeof globalThis.fetch => {
  const limit = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  const transport = async (input: string | URL | Request, init?: RequestInit & { iamkitBody?: string }) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const body = init?.iamkitBody ?? (request.body ? await request.text() : undefined);
    const url = new URL(request.url);
    const secure = url.protocol === 'https:';
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => {
      headers[name] = value;
    });
    if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));
    const agent = secure ? (options.httpsAgent ?? httpsAgent()) : (options.httpAgent ?? httpAgent());
    return new Promise<Response>((resolve, reject) => {
      const send = secure ? httpsRequest : httpRequest;
      const req = send(url, { method: request.method, headers, agent, signal: request.signal }, (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > limit) {
            res.destroy();
            reject(
              new IamParseError(
                `Response body exceeds maxResponseBytes (${limit} bytes); refusing to read it`,
              ),
            );
            return;
          }
          chunks.push(chunk);
        });
        res.on('error', reject);
        res.on('end', () => {
          const response: BufferedResponse = new Response(null, {
            status: res.statusCode ?? 0,
            ...(res.statusMessage ? { statusText: res.statusMessage } : {}),
            headers: toHeaders(res),
          });
          response[BUFFERED_TEXT] = Buffer.concat(chunks, size).toString('utf8');
          resolve(response);
        });
      });
      // Node reports transport failures as plain Errors; fetch's contract is a TypeError.
      req.on('error', (error) =>
        reject(
          request.signal.aborted ? request.signal.reason : new TypeError('fetch failed', { cause: error }),
        ),
      );
      req.end(body);
    });
  };
  return Object.assign(transport, { [TAKES_BODY_OPTION]: true }) as unknown as typeof globalThis.fetch;
};
