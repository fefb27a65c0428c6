import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { AwsParseError } from '../../errors/AwsParseError.js';
import { BUFFERED_TEXT, type BufferedResponse, TAKES_BODY_OPTION } from '../bufferedText.js';
import { DEFAULT_MAX_RESPONSE_BYTES } from '../readBody.js';
import { bufferedNodeResponse } from './bufferedNodeResponse.js';

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

/** Private init options of the runtime's client; see `TAKES_BODY_OPTION`. */
type ClientInit = RequestInit & { iamkitBody?: string; iamkitBuffered?: boolean };

/**
 * A `fetch` for Node built on `node:http` / `node:https` with keep-alive, the default of the service
 * packages' Node entries. It never follows redirects.
 * Node's built-in `fetch` (undici) costs several times more CPU per request than `node:http`; this
 * transport takes the body straight from the client and hands the response text back without a stream.
 * It implements what the clients need (POST of a string body, a text response), not all of `fetch`.
 *
 * @example
 * ```ts
 * import { createIamClient } from '@iamkit/iam';
 * import { nodeHttpFetch } from '@iamkit/runtime'; // exported under the `node` condition
 * const client = createIamClient({ credentials, fetch: nodeHttpFetch() });
 * ```
 */
export const nodeHttpFetch = (options: NodeHttpFetchOptions = {}): typeof globalThis.fetch => {
  const limit = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  // A client sends every request to one endpoint: parse its URL once, not per request.
  let lastUrl = '';
  let lastParsed: URL | undefined;
  const parse = (url: string): URL => {
    if (url !== lastUrl || !lastParsed) {
      lastParsed = new URL(url);
      lastUrl = url;
    }
    return lastParsed;
  };
  const transport = async (input: string | URL | Request, init?: ClientInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const body = init?.iamkitBody ?? (request.body ? await request.text() : undefined);
    const url = parse(request.url);
    const secure = url.protocol === 'https:';
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => {
      headers[name] = value;
    });
    if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));
    const agent = secure ? (options.httpsAgent ?? httpsAgent()) : (options.httpAgent ?? httpAgent());
    const { signal } = request;
    if (signal.aborted) throw signal.reason;
    return new Promise<Response>((resolve, reject) => {
      const send = secure ? httpsRequest : httpRequest;
      // A listener of our own instead of http.request's `signal` option, which costs about three times
      // as much per request (it wires the signal into the stream machinery).
      const onAbort = () => req.destroy(signal.reason);
      const done = () => signal.removeEventListener('abort', onAbort);
      const req = send(url, { method: request.method, headers, agent }, (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > limit) {
            done();
            res.destroy();
            reject(
              new AwsParseError(
                `Response body exceeds maxResponseBytes (${limit} bytes); refusing to read it`,
              ),
            );
            return;
          }
          chunks.push(chunk);
        });
        // A connection dropped after the headers ends the body early: a network failure like any other
        // (Node reports it as a bare `Error: aborted`, or only closes the stream).
        const failed = (error: unknown) => {
          done();
          reject(signal.aborted ? signal.reason : new TypeError('fetch failed', { cause: error }));
        };
        res.on('error', failed);
        res.on('close', () => {
          if (!res.complete) failed(new Error('connection closed before the response body ended'));
        });
        res.on('end', () => {
          done();
          const text = Buffer.concat(chunks, size).toString('utf8');
          const status = res.statusCode ?? 0;
          if (init?.iamkitBuffered) {
            resolve(bufferedNodeResponse(status, res.statusMessage ?? '', res.headers, text));
            return;
          }
          const response: BufferedResponse = new Response(null, {
            status,
            ...(res.statusMessage ? { statusText: res.statusMessage } : {}),
            headers: toHeaders(res),
          });
          response[BUFFERED_TEXT] = text;
          resolve(response);
        });
      });
      signal.addEventListener('abort', onAbort, { once: true });
      // Node reports transport failures as plain Errors; fetch's contract is a TypeError.
      req.on('error', (error) => {
        done();
        reject(signal.aborted ? signal.reason : new TypeError('fetch failed', { cause: error }));
      });
      req.end(body);
    });
  };
  return Object.assign(transport, { [TAKES_BODY_OPTION]: true }) as unknown as typeof globalThis.fetch;
};
