import type { VerifiedClaims } from '../aws/verifyIdToken.js';

/** A message for the next page, after a redirect. */
export interface Flash {
  kind: 'ok' | 'error';
  text: string;
}

/** One browser's state, in server memory; the browser holds only a random id in an HttpOnly cookie. */
export interface Session {
  readonly id: string;
  /** Every change (POST) must carry it: the per-session CSRF token. */
  readonly csrfToken: string;
  connectionId: string | undefined;
  flash: Flash | undefined;
  /** A new access key's secret, shown by the next page of that user and then forgotten. */
  revealOnce: { userName: string; accessKeyId: string; secretAccessKey: string } | undefined;
  /** The pool user signed in on the sign-in page, once the server verified their ID token. */
  signedIn: { poolId: string; username: string; claims: VerifiedClaims } | undefined;
}
