import { Hono } from 'hono';
import { cognitoClientFor } from '../aws/cognitoClientFor.js';
import { listAppClients, listPools } from '../aws/cognitoPools.js';
import { adminSignOut } from '../aws/cognitoUsers.js';
import { describeError } from '../aws/describeError.js';
import { verifyIdToken } from '../aws/verifyIdToken.js';
import { ClaimsPage } from '../pages/signIn/ClaimsPage.js';
import { SignInPage } from '../pages/signIn/SignInPage.js';
import type { AppDeps } from '../web/AppDeps.js';
import type { AppEnv } from '../web/AppEnv.js';
import { pageContext } from '../web/pageContext.js';
import { renderPage } from '../web/renderPage.js';

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/**
 * Sign-in of a pool user: the page (SRP in the browser), the server's verification of the ID token,
 * the verified claims, and sign-out.
 */
export function signInRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();

  app.get('/', (c) =>
    renderPage(c, pageContext(c, deps, 'Sign in as a pool user'), async () => {
      const connection = c.get('connection');
      const pools = await listPools(connection);
      const poolId = c.req.query('pool') ?? pools[0]?.Id;
      if (poolId === undefined) return <p class="muted">No user pools in this region.</p>;
      const clients = await listAppClients(connection, poolId);
      // The asked-for client if it belongs to this pool and has no secret, else the pool's first such client.
      const usable = clients.filter((client) => !client.hasSecret);
      const asked = usable.find((client) => client.clientId === c.req.query('client'));
      const clientId = (asked ?? usable[0])?.clientId;
      if (clientId === undefined) return <p class="muted">This pool has no app client without a secret.</p>;
      const target = { poolId, clientId, endpoint: cognitoClientFor(connection).endpoint };
      return (
        <SignInPage target={target} pools={pools} clients={clients} csrfToken={c.get('session').csrfToken} />
      );
    }),
  );

  // The browser posts the ID token it received; nothing about the user is shown before it verifies.
  app.post('/verify', async (c) => {
    const body = (await c.req.json().catch(() => ({}))) as Record<string, unknown>;
    const token = { poolId: text(body.poolId), clientId: text(body.clientId), idToken: text(body.idToken) };
    try {
      const claims = await verifyIdToken(c.get('connection'), token);
      c.get('session').signedIn = {
        poolId: token.poolId,
        username: text(claims['cognito:username']),
        claims,
      };
      return c.json({ next: '/signin/claims' });
    } catch (error) {
      const reason = error instanceof Error ? error.message : 'not a token';
      return c.json({ error: `The ID token did not verify: ${reason}` }, 401);
    }
  });

  app.get('/claims', (c) => {
    const signedIn = c.get('session').signedIn;
    if (!signedIn) return c.redirect('/signin', 303);
    return renderPage(c, pageContext(c, deps, `Signed in as ${signedIn.username}`), async () => (
      <ClaimsPage claims={signedIn.claims} csrfToken={c.get('session').csrfToken} />
    ));
  });

  // Ends the user's sessions at Cognito too (their refresh tokens stop working), then here.
  app.post('/signout', async (c) => {
    const session = c.get('session');
    const signedIn = session.signedIn;
    session.signedIn = undefined;
    if (signedIn) {
      try {
        await adminSignOut(c.get('connection'), signedIn.poolId, signedIn.username);
        session.flash = { kind: 'ok', text: `${signedIn.username} signed out.` };
      } catch (error) {
        const readable = describeError(error);
        session.flash = { kind: 'error', text: `Signed out here, but Cognito refused: ${readable.detail}` };
      }
    }
    return c.redirect('/signin', 303);
  });

  return app;
}
