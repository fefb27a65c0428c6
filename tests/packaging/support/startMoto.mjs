import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { stopChild } from '../../../scripts/release/stopChild.mjs';

// Three requests go through unauthenticated: create the admin, its key, its inline policy.
const FREE_ACTIONS = 3;
const ADMIN_POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
});

/** @returns {Promise<number>} */
const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

/**
 * One IAM Query call during the unauthenticated window. moto routes a request by the service in its
 * credential scope, so the (unchecked) Authorization header names IAM; no package of ours is involved.
 * @param {string} url @param {Record<string, string>} params
 */
const bootstrapCall = async (url, params) => {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization:
        'AWS4-HMAC-SHA256 Credential=AKIDBOOTSTRAP/20260101/us-east-1/iam/aws4_request, SignedHeaders=host, Signature=0',
    },
    body: new URLSearchParams({ ...params, Version: '2010-05-08' }),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`moto bootstrap ${params.Action}: ${response.status} ${text}`);
  return text;
};

/** @param {string} xml @param {string} tag */
const element = (xml, tag) => new RegExp(`<${tag}>([^<]*)</${tag}>`).exec(xml)?.[1] ?? '';

/**
 * @typedef {object} Moto
 * @property {string} url `http://127.0.0.1:PORT`
 * @property {{ accessKeyId: string, secretAccessKey: string }} admin an IAM user allowed everything
 * @property {() => Promise<void>} stop
 */

/**
 * Starts `python3 -m moto.server` on a free loopback port, creates an admin user with a key and an
 * allow-all policy while moto still lets requests through unauthenticated; from then on moto checks
 * every request's SigV4 signature and IAM policies.
 *
 * @example
 * const moto = await startMoto();
 * try { … IAMKIT_ENDPOINT=moto.url, keys moto.admin … } finally { await moto.stop(); }
 * @returns {Promise<Moto>}
 */
export async function startMoto() {
  const port = await freePort();
  const child = spawn('python3', ['-m', 'moto.server', '-H', '127.0.0.1', '-p', String(port)], {
    env: { ...process.env, INITIAL_NO_AUTH_ACTION_COUNT: String(FREE_ACTIONS) },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  const stop = () => stopChild(child);
  const url = `http://127.0.0.1:${port}`;
  try {
    const deadline = Date.now() + 60_000;
    // /moto-api/ is not counted as an action, so waiting spends none of the free requests.
    for (;;) {
      if (child.exitCode !== null) throw new Error(`moto exited with ${child.exitCode}: ${stderr}`);
      try {
        await (await fetch(`${url}/moto-api/data.json`)).arrayBuffer();
        break;
      } catch {
        if (Date.now() > deadline) throw new Error(`moto did not start on ${url}: ${stderr}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    await bootstrapCall(url, { Action: 'CreateUser', UserName: 'admin' });
    const key = await bootstrapCall(url, { Action: 'CreateAccessKey', UserName: 'admin' });
    await bootstrapCall(url, {
      Action: 'PutUserPolicy',
      UserName: 'admin',
      PolicyName: 'admin',
      PolicyDocument: ADMIN_POLICY,
    });
    const admin = {
      accessKeyId: element(key, 'AccessKeyId'),
      secretAccessKey: element(key, 'SecretAccessKey'),
    };
    return { url, admin, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
