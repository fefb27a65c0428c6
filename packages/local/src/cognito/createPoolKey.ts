import { generateKeyPairSync } from 'node:crypto';
import { ids } from '../ids.js';
import type { UserPool } from '../store/State.js';

const base64url = (data: string | Buffer): string => Buffer.from(data).toString('base64url');

/** A fresh RS256 signing key for a pool: private JWK (kept in state) and its public JWK. */
export function createPoolKey(): UserPool['key'] {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = base64url(ids.uuid());
  return {
    kid,
    privateJwk: privateKey.export({ format: 'jwk' }) as Record<string, unknown>,
    publicJwk: {
      ...(publicKey.export({ format: 'jwk' }) as Record<string, unknown>),
      kid,
      alg: 'RS256',
      use: 'sig',
    },
  };
}
