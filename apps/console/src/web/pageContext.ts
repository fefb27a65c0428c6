import type { Context } from 'hono';
import { type ConnectionView, viewOf } from '../connections/Connection.js';
import type { AppDeps } from './AppDeps.js';
import type { AppEnv } from './AppEnv.js';
import type { Flash } from './Session.js';

/** What every page's frame shows: the connection switcher, the target, the CSRF token, a message. */
export interface PageContext {
  title: string;
  csrfToken: string;
  connections: ConnectionView[];
  activeConnectionId: string;
  target: string;
  flash: Flash | undefined;
  /** The path of the page, so the connection switcher comes back to it. */
  path: string;
}

/** Builds the frame's data and consumes the session's one-time message. */
export function pageContext(c: Context<AppEnv>, deps: AppDeps, title: string): PageContext {
  const session = c.get('session');
  const flash = session.flash;
  session.flash = undefined;
  return {
    title,
    csrfToken: session.csrfToken,
    connections: deps.connections.list().map(viewOf),
    activeConnectionId: c.get('connection').id,
    target: deps.target.description,
    flash,
    path: c.req.path,
  };
}
