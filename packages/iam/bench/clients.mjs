// The clients under test, built the same way: static credentials, endpoint override, one ListUsers.
// The two floors send the same unsigned POST with no client at all, to show what the transports cost.
import http from 'node:http';

const credentials = {
  accessKeyId: 'AKIDEXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
};
const body = 'Action=ListUsers&Version=2010-05-08';
const headers = { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' };
const fakeOutput = (text) => ({ Users: text.includes('</Users>') ? [1, 2, 3] : [] });

export const clients = {
  /** In Node, `@iamkit/iam` resolves to its `node` entry: requests go through node:http. */
  async ours(endpoint) {
    const { createIamClient, listUsers } = await import('@iamkit/iam');
    const client = createIamClient({ endpoint, credentials, retry: 1 });
    return () => listUsers(client, {});
  },
  /** Ours with Node's built-in fetch instead of the node:http transport the `node` entry defaults to. */
  async oursFetch(endpoint) {
    const { createIamClient, listUsers } = await import('@iamkit/iam');
    const client = createIamClient({ endpoint, credentials, retry: 1, fetch: globalThis.fetch });
    return () => listUsers(client, {});
  },
  async sdk(endpoint) {
    const { IAMClient, ListUsersCommand } = await import('@aws-sdk/client-iam');
    const client = new IAMClient({ region: 'us-east-1', endpoint, credentials, maxAttempts: 1 });
    return () => client.send(new ListUsersCommand({}));
  },
  /** Floor: the platform `fetch` (undici), which ky and so @iamkit/iam run on. */
  async fetchFloor(endpoint) {
    return async () => fakeOutput(await (await fetch(endpoint, { method: 'POST', body, headers })).text());
  },
  /**
   * Floor: ky itself, sending the same unsigned POST through a minimal node:http `fetch`. Loading ky runs
   * `new Request(…, { body: new ReadableStream() })` at its top level, which loads Node's undici: no
   * client on ky can start faster than this.
   */
  async kyFloor(endpoint) {
    const { default: ky } = await import('ky');
    const agent = new http.Agent({ keepAlive: true });
    const fetch = (request) =>
      new Promise((resolve, reject) => {
        const req = http.request(
          request.url,
          { method: request.method, agent, headers: { ...headers, 'content-length': body.length } },
          (res) => {
            let text = '';
            res.setEncoding('utf8');
            res.on('data', (chunk) => {
              text += chunk;
            });
            res.on('end', () => resolve(new Response(text, { status: res.statusCode })));
          },
        );
        req.on('error', reject);
        req.end(body);
      });
    const client = ky.create({ fetch, retry: 0, throwHttpErrors: false });
    return async () => fakeOutput(await client.post(endpoint).text());
  },
  /** Floor: bare node:http with keep-alive, which the SDK's Node handler runs on. */
  async httpFloor(endpoint) {
    const agent = new http.Agent({ keepAlive: true });
    return () =>
      new Promise((resolve, reject) => {
        const req = http.request(
          endpoint,
          { method: 'POST', agent, headers: { ...headers, 'content-length': body.length } },
          (res) => {
            let text = '';
            res.setEncoding('utf8');
            res.on('data', (chunk) => {
              text += chunk;
            });
            res.on('end', () => resolve(fakeOutput(text)));
          },
        );
        req.on('error', reject);
        req.end(body);
      });
  },
};
