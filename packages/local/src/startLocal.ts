import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ChallengeSession, SrpExchange } from './cognito/CognitoContext.js';
import { ids, isoSeconds } from './ids.js';
import { type Credentials, rootCredentials } from './rootCredentials.js';
import { createHandler } from './server/createHandler.js';
import type { Runtime } from './server/Runtime.js';
import type { State } from './store/State.js';
import { Store } from './store/Store.js';

/**
 * Options of {@link startLocal}.
 *
 * @example
 * ```ts
 * const options: LocalOptions = { port: 0, dataDir: './.iamkit-local', clock: () => Date.now() };
 * ```
 */
export interface LocalOptions {
  /** Port to listen on; 0 (default) picks a free one. */
  readonly port?: number | undefined;
  /** Interface to listen on; default `127.0.0.1`. */
  readonly host?: string | undefined;
  /** Persist state in `<dataDir>/state.json` and reload it on start; default: memory only. */
  readonly dataDir?: string | undefined;
  /** Runs once on a fresh state (not on a reload from `dataDir`), e.g. to create users and pools. */
  readonly seed?: ((local: Local) => void | Promise<void>) | undefined;
  /** The clock (epoch ms) for signatures, token and session expiry; default `Date.now`. */
  readonly clock?: (() => number) | undefined;
  /** Account id of the emulated account; default `123456789012`. */
  readonly accountId?: string | undefined;
  /** Region in pool ids, ARNs and the issuer; default `us-east-1`. */
  readonly region?: string | undefined;
  /** Fixed root credentials (for a stable CLI setup); default: generated once per state. */
  readonly rootCredentials?: Credentials | undefined;
}

/** A running emulator. */
export interface Local {
  /** Base URL, e.g. `http://127.0.0.1:4566`: the endpoint of IAM, STS and Cognito. */
  readonly url: string;
  /** The account root's access key: may do everything. */
  readonly rootCredentials: Credentials;
  readonly accountId: string;
  readonly region: string;
  /** Test hooks for Cognito. */
  readonly cognito: {
    /** The last confirmation or reset code sent to a user (SignUp, ForgotPassword, …). */
    lastCode(userPoolId: string, username: string): string | undefined;
  };
  /** Forgets everything but the root credentials. */
  reset(): Promise<void>;
  /** Stops listening (waits for open connections to end). */
  close(): Promise<void>;
}

function freshState(
  accountId: string,
  root: { accessKeyId: string; secretAccessKey: string },
  now: number,
): State {
  return {
    version: 1,
    accountId,
    root: { accessKeyId: root.accessKeyId },
    users: {},
    groups: {},
    roles: {},
    policies: {},
    instanceProfiles: {},
    accessKeys: {
      [root.accessKeyId]: {
        secret: root.secretAccessKey,
        userName: null,
        status: 'Active',
        created: isoSeconds(now),
      },
    },
    sessions: {},
    userPools: {},
    refreshTokens: {},
  };
}

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
