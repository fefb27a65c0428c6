import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ChallengeSession, SrpExchange } from './cognito/CognitoContext.js';
import { ids } from './ids.js';
import type { Local } from './Local.js';
import type { LocalOptions } from './LocalOptions.js';
import { rootCredentials } from './rootCredentials.js';
import { createHandler } from './server/createHandler.js';
import type { Runtime } from './server/Runtime.js';
import { freshState } from './store/freshState.js';
import { Store } from './store/Store.js';

/**
 * Starts the emulator: one HTTP server answering IAM and STS (Query) and Cognito user pools
 * (JSON 1.1), checking every signature against the keys it issued.
 *
 * @example
 * ```ts
 * const local = await startLocal();
 * const iam = new IAMClient({ endpoint: local.url, region: 'us-east-1', credentials: local.rootCredentials });
 * await local.close();
 * ```
 */
export async function startLocal(options: LocalOptions = {}): Promise<Local> {
  const clock = options.clock ?? Date.now;
  const accountId = options.accountId ?? '123456789012';
  const region = options.region ?? 'us-east-1';
  const generated = options.rootCredentials ?? {
    accessKeyId: ids.accessKeyId('AKIA'),
    secretAccessKey: ids.secret(),
  };
  const { store, created } = await Store.open(options.dataDir, () =>
    freshState(accountId, generated, clock()),
  );
  const rootKeyId = store.state.root.accessKeyId;
  const root = rootCredentials(rootKeyId, store.state.accessKeys[rootKeyId]!.secret);
  const runtime: Runtime = {
    store,
    clock,
    region,
    url: '',
    sessions: new Map<string, SrpExchange | ChallengeSession>(),
  };
  const server = createServer(createHandler(runtime));
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  runtime.url = `http://${host}:${address.port}`;
  const local: Local = {
    url: runtime.url,
    rootCredentials: root,
    accountId: store.state.accountId,
    region,
    cognito: {
      lastCode: (poolId, username) => {
        const pool = store.state.userPools[poolId];
        const user =
          pool &&
          (pool.users[username] ??
            Object.values(pool.users).find((u) => Object.values(u.attributes).includes(username)));
        return user ? pool.codes[user.username] : undefined;
      },
    },
    reset: () => {
      runtime.sessions.clear();
      return store.replace(freshState(store.state.accountId, root, clock()));
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeIdleConnections();
      }),
  };
  if (created && options.seed) await options.seed(local);
  return local;
}
