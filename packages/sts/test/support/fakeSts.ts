import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StsCall {
  action: string;
  params: URLSearchParams;
  authorization: string | undefined;
}

export type StsAnswer = (call: StsCall, response: ServerResponse) => void;

export interface FakeSts {
  url: string;
  calls: StsCall[];
  close(): Promise<void>;
}

/** Temporary credentials as STS words them, the secret and token derived from `n`. */
export const credentialsXml = (action: string, n: number, expiration: Date) =>
  `<${action}Response><${action}Result><Credentials>` +
  `<AccessKeyId>ASIAFAKE${n}</AccessKeyId><SecretAccessKey>SECRET-${n}-do-not-show</SecretAccessKey>` +
  `<SessionToken>TOKEN-${n}-do-not-show</SessionToken><Expiration>${expiration.toISOString()}</Expiration>` +
  `</Credentials></${action}Result></${action}Response>`;

let issued = 0;

/** Answers each call with fresh credentials (`ASIAFAKE1`, `ASIAFAKE2`...) valid for an hour from `now()`. */
export const credentialsAnswer =
  (now: () => Date = () => new Date()): StsAnswer =>
  (call, response) => {
    response.writeHead(200, { 'content-type': 'text/xml' });
    response.end(credentialsXml(call.action, ++issued, new Date(now().getTime() + 3_600_000)));
  };

/** An STS on 127.0.0.1 that records every Query call and answers as told. */
export const startFakeSts = async (answer: StsAnswer): Promise<FakeSts> => {
  const calls: StsCall[] = [];
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    let body = '';
    request.on('data', (chunk: Buffer) => {
      body += chunk.toString();
    });
    request.on('end', () => {
      const params = new URLSearchParams(body);
      const call = {
        action: params.get('Action') ?? '',
        params,
        authorization: request.headers.authorization,
      };
      calls.push(call);
      answer(call, response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};
