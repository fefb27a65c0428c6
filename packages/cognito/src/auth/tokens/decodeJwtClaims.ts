import { MalformedTokenError } from '../CognitoAuthError.js';

/** Claims of Cognito's id and access tokens that apps commonly read. */
export interface CognitoClaims {
  sub?: string;
  /** Access tokens: the user's Cognito user name. */
  username?: string;
  /** Id tokens: the user's Cognito user name. */
  'cognito:username'?: string;
  'cognito:groups'?: string[];
  email?: string;
  token_use?: 'id' | 'access';
  client_id?: string;
  aud?: string;
  iss?: string;
  exp?: number;
  iat?: number;
  auth_time?: number;
  scope?: string;
  [claim: string]: unknown;
}

/**
 * The payload of a JWT, decoded WITHOUT checking its signature, issuer, audience or expiry: for
 * display and convenience only (a user name, a greeting). Never base an access decision on it;
 * only a verifier such as `aws-jwt-verify` may trust a token.
 *
 * @example
 * ```ts
 * const { email } = decodeJwtClaims(tokens.idToken); // "Hello, alice@example.com"
 * ```
 */
export function decodeJwtClaims(token: string): CognitoClaims {
  const payload = token.split('.')[1];
  try {
    if (token.split('.').length !== 3 || !payload) throw new Error('not three parts');
    const binary = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const claims: unknown = JSON.parse(
      new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0))),
    );
    if (typeof claims !== 'object' || claims === null || Array.isArray(claims))
      throw new Error('not an object');
    return claims as CognitoClaims;
  } catch {
    throw new MalformedTokenError('the token is not a JWT with a base64url JSON object payload');
  }
}
