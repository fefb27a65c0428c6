import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Hono } from 'hono';
import { cognitoRoutes } from '../routes/cognitoRoutes.js';
import { connectionRoutes } from '../routes/connectionRoutes.js';
import { iamListRoutes } from '../routes/iamListRoutes.js';
import { iamUserRoutes } from '../routes/iamUserRoutes.js';
import { signInRoutes } from '../routes/signInRoutes.js';
import type { AppDeps } from './AppDeps.js';
import type { AppEnv } from './AppEnv.js';
import { csrfProtection } from './csrfProtection.js';
import { sessions } from './sessions.js';

/** The browser code the build bundled, by URL path. */
const ASSETS: Record<string, string> = {
  '/assets/signIn.js': 'signIn.js',
  '/assets/signIn.js.map': 'signIn.js.map',
};

/**
 * The console's web app: sessions, the session's connection, CSRF protection on every change, then
 * the pages. `log` gets one line per request: method, path, status, time (never a body or a query).
 */
export function createApp(deps: AppDeps, log: (line: string) => void = () => {}): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use(async (c, next) => {
    const started = performance.now();
    await next();
    log(`${c.req.method} ${c.req.path} ${c.res.status} ${Math.round(performance.now() - started)} ms`);
  });
  app.use(sessions());
  app.use(async (c, next) => {
    const session = c.get('session');
    const connection = deps.connections.get(session.connectionId) ?? deps.connections.default;
    session.connectionId = connection.id;
    c.set('connection', connection);
    await next();
  });
  app.use(csrfProtection());
  app.use(async (c, next) => {
    await next();
    c.header('x-content-type-options', 'nosniff');
    c.header('referrer-policy', 'same-origin');
    c.header('x-frame-options', 'DENY');
  });

  app.get('/', (c) => c.redirect('/iam/users'));
  app.get('/healthz', (c) => c.text('ok'));
  app.get('/assets/:file', async (c) => {
    const file = ASSETS[c.req.path];
    if (file === undefined) return c.notFound();
    const body = await readFile(join(deps.publicDir, file), 'utf8').catch(() => undefined);
    if (body === undefined) return c.text('Not built: run the build first (pnpm start does).', 404);
    return c.body(body, 200, {
      'content-type': file.endsWith('.js') ? 'text/javascript' : 'application/json',
    });
  });
  app.route('/iam', iamUserRoutes(deps));
  app.route('/iam', iamListRoutes(deps));
  app.route('/cognito', cognitoRoutes(deps));
  app.route('/connections', connectionRoutes(deps));
  app.route('/signin', signInRoutes(deps));
  app.onError((error, c) => {
    log(`error ${c.req.method} ${c.req.path}: ${error.name}`);
    return c.text('Something went wrong on the server.', 500);
  });
  return app;
}
