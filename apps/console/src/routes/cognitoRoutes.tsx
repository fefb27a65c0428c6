import { type Context, Hono } from 'hono';
import {
  describePool,
  listAppClients,
  listPoolGroups,
  listPools,
  listPoolUsers,
  type UserFilter,
} from '../aws/cognitoPools.js';
import { adminCreateUser, adminUserAction, type UserAction } from '../aws/cognitoUsers.js';
import { describeError } from '../aws/describeError.js';
import { type CreatePoolUserForm, PoolPage } from '../pages/cognito/PoolPage.js';
import { PoolsPage } from '../pages/cognito/PoolsPage.js';
import { FILTER_ATTRIBUTES, USER_STATUSES } from '../pages/cognito/UserFilterForm.js';
import type { AppDeps } from '../web/AppDeps.js';
import type { AppEnv } from '../web/AppEnv.js';
import { formText } from '../web/formText.js';
import { pageContext } from '../web/pageContext.js';
import { renderPage } from '../web/renderPage.js';

const ACTIONS: Record<UserAction, string> = {
  disable: 'disabled',
  enable: 'enabled',
  delete: 'deleted',
  'reset-password': 'must reset their password (RESET_REQUIRED)',
};

function filterOf(c: Context): UserFilter {
  const status = c.req.query('status');
  const attribute = c.req.query('attribute');
  return {
    status: status && USER_STATUSES.includes(status) ? status : undefined,
    attribute: attribute && FILTER_ATTRIBUTES.includes(attribute) ? attribute : undefined,
    value: c.req.query('value') || undefined,
    match: c.req.query('match') === '=' ? '=' : '^=',
  };
}

/** Cognito user pools: their app clients, groups and users, and the administrator's actions. */
export function cognitoRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();

  app.get('/pools', (c) =>
    renderPage(c, pageContext(c, deps, 'User pools'), async () => (
      <PoolsPage pools={await listPools(c.get('connection'))} />
    )),
  );

  const poolPage = (c: Context<AppEnv>, form: CreatePoolUserForm, status: 200 | 400 | 409 = 200) => {
    const poolId = c.req.param('poolId') ?? '';
    const filter = filterOf(c);
    return renderPage(
      c,
      pageContext(c, deps, `User pool ${poolId}`),
      async () => {
        const connection = c.get('connection');
        const [pool, clients, groups, users] = await Promise.all([
          describePool(connection, poolId),
          listAppClients(connection, poolId),
          listPoolGroups(connection, poolId),
          listPoolUsers(connection, poolId, { filter, token: c.req.query('token') }),
        ]);
        return (
          <>
            <p class="muted">
              {pool?.Name} · {pool?.EstimatedNumberOfUsers ?? 0} users · MFA {pool?.MfaConfiguration ?? 'OFF'}
            </p>
            <PoolPage
              poolId={poolId}
              clients={clients}
              groups={groups}
              users={users.users}
              nextToken={users.nextToken}
              filter={filter}
              csrfToken={c.get('session').csrfToken}
              form={form}
            />
          </>
        );
      },
      status,
    );
  };

  app.get('/pools/:poolId', (c) => poolPage(c, { username: '', email: '' }));

  app.post('/pools/:poolId/users', async (c) => {
    const poolId = c.req.param('poolId');
    const body = await c.req.parseBody();
    const form = { username: formText(body, 'username'), email: formText(body, 'email') };
    const temporaryPassword = typeof body.temporaryPassword === 'string' ? body.temporaryPassword : '';
    try {
      await adminCreateUser(c.get('connection'), poolId, { ...form, temporaryPassword });
    } catch (error) {
      const readable = describeError(error);
      return poolPage(
        c,
        { ...form, error: `${readable.title}: ${readable.detail}` },
        readable.status === 409 ? 409 : 400,
      );
    }
    c.get('session').flash = { kind: 'ok', text: `User ${form.username} created (FORCE_CHANGE_PASSWORD).` };
    return c.redirect(`/cognito/pools/${encodeURIComponent(poolId)}`, 303);
  });

  app.post('/pools/:poolId/users/:username/:action', async (c) => {
    const { poolId, username, action } = c.req.param();
    const session = c.get('session');
    if (!(action in ACTIONS)) return c.notFound();
    try {
      await adminUserAction(c.get('connection'), poolId, username, action as UserAction);
      session.flash = { kind: 'ok', text: `User ${username} ${ACTIONS[action as UserAction]}.` };
    } catch (error) {
      const readable = describeError(error);
      session.flash = { kind: 'error', text: `${readable.title}: ${readable.detail}` };
    }
    return c.redirect(`/cognito/pools/${encodeURIComponent(poolId)}`, 303);
  });

  return app;
}
