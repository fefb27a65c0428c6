import type { RequestSigner } from '../../src/index.js';

export interface Captured {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string;
  params: Record<string, string>;
}

export type Responder = (request: Captured, index: number) => Response | Promise<Response>;

/** A `fetch` that records every request and answers through `responder`; no global is touched. */
export const fakeFetch = (responder: Responder) => {
  const requests: Captured[] = [];
  const fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const body = await request.text();
    const captured: Captured = {
      url: request.url,
      method: request.method,
      headers: Object.fromEntries(request.headers),
      body,
      params: Object.fromEntries(new URLSearchParams(body)),
    };
    requests.push(captured);
    return responder(captured, requests.length - 1);
  };
  return { fetch: fetch as typeof globalThis.fetch, requests };
};

export const xml = (body: string, status = 200, headers: Record<string, string> = {}): Response =>
  new Response(body, { status, headers: { 'content-type': 'text/xml', ...headers } });

/** Wraps a result the way IAM does. */
export const ok = (operation: string, result: string): Response =>
  xml(
    `<${operation}Response xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><${operation}Result>${result}</${operation}Result><ResponseMetadata><RequestId>req-${operation}</RequestId></ResponseMetadata></${operation}Response>`,
  );

export const errorBody = (code: string, message = 'msg', type = 'Sender') =>
  `<ErrorResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><Error><Type>${type}</Type><Code>${code}</Code><Message>${message}</Message></Error><RequestId>rid-1</RequestId></ErrorResponse>`;

/** A signer that records its signing dates; the real SigV4 signer is exercised against moto. */
export const recordingSigner = () => {
  const dates: Date[] = [];
  const signer: RequestSigner = {
    async sign(_request, { signingDate }) {
      dates.push(signingDate);
      return {
        headers: {
          authorization: `TEST ${signingDate.toISOString()}`,
          'x-amz-date': signingDate.toISOString(),
        },
      };
    },
  };
  return { signer, dates };
};
