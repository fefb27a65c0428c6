import {
  createPrivateKey,
  createPublicKey,
  createSign,
  createVerify,
  generateKeyPairSync,
  type JsonWebKey,
} from 'node:crypto';
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

/** Signs `claims` as an RS256 JWT with the pool's key. */
export function signJwt(key: UserPool['key'], claims: Record<string, unknown>): string {
  const head = `${base64url(JSON.stringify({ kid: key.kid, alg: 'RS256' }))}.${base64url(JSON.stringify(claims))}`;
  const signature = createSign('RSA-SHA256')
    .update(head)
    .sign(createPrivateKey({ key: key.privateJwk as JsonWebKey, format: 'jwk' }));
  return `${head}.${base64url(signature)}`;
}

/** The claims of a JWT signed with `key`; undefined when malformed or the signature is wrong. */
export function verifyJwt(key: UserPool['key'], token: string): Record<string, unknown> | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  const [header, payload, signature] = parts as [string, string, string];
  const valid = createVerify('RSA-SHA256')
    .update(`${header}.${payload}`)
    .verify(
      createPublicKey({ key: key.publicJwk as JsonWebKey, format: 'jwk' }),
      Buffer.from(signature, 'base64url'),
    );
  if (!valid) return undefined;
  try {
    return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

/** The claims of a JWT, unverified (to find the pool whose key verifies it). */
export function peekJwt(token: string): Record<string, unknown> | undefined {
  try {
    return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<
      string,
      unknown
    >;
  } catch {
    return undefined;
  }
}
