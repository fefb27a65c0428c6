import { randomBytes } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from './AppEnv.js';
import type { Session } from './Session.js';

const COOKIE = 'console_session';
const MAX_SESSIONS = 10_000;

const token = () => randomBytes(32).toString('base64url');

/**
 * Gives every request its {@link Session}: from the cookie's id, or a new one. The cookie holds only
 * the random id (HttpOnly, SameSite=Lax), never state.
 */
export function sessions(): MiddlewareHandler<AppEnv> {
  const store = new Map<string, Session>();
  return async (c, next) => {
    let session = store.get(getCookie(c, COOKIE) ?? '');
    if (!session) {
      // Oldest first: Map keeps insertion order.
      if (store.size >= MAX_SESSIONS) store.delete(store.keys().next().value as string);
      session = {
        id: token(),
        csrfToken: token(),
        connectionId: undefined,
        flash: undefined,
        revealOnce: undefined,
        signedIn: undefined,
      };
      store.set(session.id, session);
      setCookie(c, COOKIE, session.id, { httpOnly: true, sameSite: 'Lax', path: '/' });
    }
    c.set('session', session);
    await next();
  };
}
