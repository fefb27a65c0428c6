import { CognitoJwtVerifier, JwtRsaVerifier } from 'aws-jwt-verify';
import { SimpleJwksCache } from 'aws-jwt-verify/jwk';
import type { Connection } from '../connections/Connection.js';

/** The claims of an ID token whose signature, issuer, audience, expiry and `token_use` were checked. */
export type VerifiedClaims = Readonly<Record<string, unknown>>;

interface IdTokenVerifier {
  verify(token: string): Promise<VerifiedClaims>;
}

const verifiers = new Map<string, IdTokenVerifier>();

/**
 * The verifier for one pool's app client. On AWS, `CognitoJwtVerifier` (issuer and JWKS from the pool
 * id, over https). On the emulator, whose issuer is `<url>/<poolId>` over http, `JwtRsaVerifier` with
 * that issuer, the pool's JWKS URL and a fetcher for http; `token_use` is then checked here.
 */
function verifierFor(connection: Connection, poolId: string, clientId: string): IdTokenVerifier {
  const key = `${connection.endpoint ?? 'aws'} ${poolId} ${clientId}`;
  let verifier = verifiers.get(key);
  if (verifier) return verifier;
  if (connection.endpoint === undefined) {
    verifier = CognitoJwtVerifier.create({ userPoolId: poolId, tokenUse: 'id', clientId });
  } else {
    const issuer = `${connection.endpoint}/${poolId}`;
    verifier = JwtRsaVerifier.create(
      {
        issuer,
        audience: clientId,
        jwksUri: `${issuer}/.well-known/jwks.json`,
        customJwtCheck: ({ payload }) => {
          if (payload.token_use !== 'id') throw new Error('not an ID token');
        },
      },
      {
        jwksCache: new SimpleJwksCache({
          fetcher: { fetch: async (uri: string) => (await fetch(uri)).arrayBuffer() },
        }),
      },
    );
  }
  verifiers.set(key, verifier);
  return verifier;
}

/** Verifies an ID token of the pool's app client against the pool's JWKS; rejects anything else. */
export function verifyIdToken(
  connection: Connection,
  token: { poolId: string; clientId: string; idToken: string },
): Promise<VerifiedClaims> {
  return verifierFor(connection, token.poolId, token.clientId).verify(token.idToken);
}
