import { CORS_HEADERS } from './corsHeaders.js';
import type { Reply, Runtime } from './Runtime.js';

const JWKS_PATH = /^\/([\w-]+_[0-9A-Za-z]+)\/\.well-known\/(jwks\.json|openid-configuration)$/;

/**
 * Serves a pool's public keys at `/<poolId>/.well-known/jwks.json` (and a minimal OpenID
 * configuration), so JWT libraries verify its tokens with the issuer `<url>/<poolId>`.
 */
export function handleJwks(runtime: Runtime, path: string): Reply | undefined {
  const match = JWKS_PATH.exec(path);
  if (!match) return undefined;
  const [, poolId, document] = match as unknown as [string, string, string];
  const state = runtime.store.state;
  const pool = Object.hasOwn(state.userPools, poolId) ? state.userPools[poolId] : undefined;
  const headers = { ...CORS_HEADERS, 'content-type': 'application/json' };
  if (!pool)
    return { status: 404, headers, body: JSON.stringify({ message: `User pool ${poolId} does not exist.` }) };
  const issuer = `${runtime.url}/${poolId}`;
  const body =
    document === 'jwks.json'
      ? { keys: [pool.key.publicJwk] }
      : {
          issuer,
          jwks_uri: `${issuer}/.well-known/jwks.json`,
          id_token_signing_alg_values_supported: ['RS256'],
        };
  return { status: 200, headers, body: JSON.stringify(body) };
}
