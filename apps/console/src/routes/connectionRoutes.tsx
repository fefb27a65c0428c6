import { type Context, Hono } from 'hono';
import { callerIdentityOf } from '../aws/callerIdentityOf.js';
import { viewOf } from '../connections/Connection.js';
import { parseConnectionForm } from '../connections/parseConnectionForm.js';
import { type ConnectionFormState, ConnectionsPage } from '../pages/connections/ConnectionsPage.js';
import type { AppDeps } from '../web/AppDeps.js';
import type { AppEnv } from '../web/AppEnv.js';
import { formText } from '../web/formText.js';
import { pageContext } from '../web/pageContext.js';
import { renderPage } from '../web/renderPage.js';

const EMPTY: ConnectionFormState = {
  values: { name: '', username: '', region: '', apiSubdomain: '' },
  errors: {},
};

/** Connections: list, add (validated by provider-config), remove, and choose the session's. */
export function connectionRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();

  const render = (c: Context<AppEnv>, state: ConnectionFormState, status: 200 | 400 = 200) => {
    return renderPage(
      c,
      pageContext(c, deps, 'Connections'),
      async () => (
        <ConnectionsPage
          connections={deps.connections.list().map(viewOf)}
          csrfToken={c.get('session').csrfToken}
          state={state}
          endpoint={deps.target.endpoint}
        />
      ),
      status,
    );
  };

  app.get('/', (c) => render(c, EMPTY));

  app.post('/', async (c) => {
    const parsed = parseConnectionForm(await c.req.parseBody(), deps.target.endpoint);
    if (!parsed.ok) return render(c, { values: parsed.values, errors: parsed.errors }, 400);
    const added = deps.connections.add(parsed.connection);
    const session = c.get('session');
    session.connectionId = added.id;
    session.flash = await callerIdentityOf(added).then(
      (arn) => ({
        kind: 'ok' as const,
        text: `Connection ${added.name} added and in use: its key signs as ${arn}.`,
      }),
      () => ({
        kind: 'error' as const,
        text: `Connection ${added.name} added and in use, but STS could not confirm its key (GetCallerIdentity failed).`,
      }),
    );
    return c.redirect('/connections', 303);
  });

  app.post('/use', async (c) => {
    const body = await c.req.parseBody();
    const connection = deps.connections.get(formText(body, 'id'));
    const back = formText(body, 'back');
    if (connection) c.get('session').connectionId = connection.id;
    // Only our own paths (not //host or /\host, which browsers read as another site): no open redirect.
    return c.redirect(/^\/(?![/\\])/.test(back) ? back : '/', 303);
  });

  app.post('/:id/delete', (c) => {
    const removed = deps.connections.remove(c.req.param('id'));
    c.get('session').flash = removed
      ? { kind: 'ok', text: 'Connection removed.' }
      : { kind: 'error', text: 'That connection cannot be removed.' };
    return c.redirect('/connections', 303);
  });

  return app;
}
