import { type Context, Hono } from 'hono';
import { describeError } from '../aws/describeError.js';
import { listUsersPage } from '../aws/iamLists.js';
import {
  attachablePolicies,
  attachPolicy,
  createIamUser,
  createUserAccessKey,
  deleteIamUser,
  deleteUserAccessKey,
  detachPolicy,
  getUserDetails,
} from '../aws/iamUser.js';
import { UserPage } from '../pages/iam/UserPage.js';
import { type CreateUserForm, UsersPage } from '../pages/iam/UsersPage.js';
import type { AppDeps } from '../web/AppDeps.js';
import type { AppEnv } from '../web/AppEnv.js';
import { formText } from '../web/formText.js';
import { pageContext } from '../web/pageContext.js';
import { renderPage } from '../web/renderPage.js';

const USER_NAME = /^[\w+=,.@-]{1,64}$/;

/** IAM users: the list, a user's page and the actions on users. */
export function iamUserRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();

  const usersPage = (c: Context<AppEnv>, form: CreateUserForm, status: 200 | 400 | 403 | 409 = 200) => {
    const search = c.req.query('q') ?? '';
    return renderPage(
      c,
      pageContext(c, deps, 'IAM users'),
      async () => (
        <UsersPage
          page={await listUsersPage(c.get('connection'), { search, marker: c.req.query('marker') })}
          search={search}
          csrfToken={c.get('session').csrfToken}
          form={form}
        />
      ),
      status,
    );
  };

  app.get('/users', (c) => usersPage(c, { userName: '' }));

  app.post('/users', async (c) => {
    const userName = formText(await c.req.parseBody(), 'userName');
    if (!USER_NAME.test(userName)) {
      const error = '1 to 64 letters, digits or + = , . @ _ - (no spaces).';
      return usersPage(c, { userName, error }, 400);
    }
    try {
      await createIamUser(c.get('connection'), userName);
    } catch (error) {
      const readable = describeError(error);
      return usersPage(
        c,
        { userName, error: `${readable.title}: ${readable.detail}` },
        readable.status === 409 ? 409 : 400,
      );
    }
    c.get('session').flash = { kind: 'ok', text: `User ${userName} created.` };
    return c.redirect(`/iam/users/${encodeURIComponent(userName)}`, 303);
  });

  app.get('/users/:name', (c) => {
    const userName = c.req.param('name');
    const session = c.get('session');
    const reveal = session.revealOnce?.userName === userName ? session.revealOnce : undefined;
    // Shown once: forgotten as soon as this page is built, whatever happens next.
    session.revealOnce = undefined;
    return renderPage(c, pageContext(c, deps, `User ${userName}`), async () => {
      const connection = c.get('connection');
      const [details, policies] = await Promise.all([
        getUserDetails(connection, userName),
        attachablePolicies(connection),
      ]);
      return <UserPage details={details} policies={policies} csrfToken={session.csrfToken} reveal={reveal} />;
    });
  });

  /** Runs an action on a user, then back to the user's page (or `to`) with what happened. */
  const userAction =
    (
      action: (
        c: Context<AppEnv>,
        userName: string,
        form: Record<string, unknown>,
      ) => Promise<string | { to: string; text: string }>,
    ) =>
    async (c: Context<AppEnv>) => {
      const userName = c.req.param('name') ?? '';
      const session = c.get('session');
      let to = `/iam/users/${encodeURIComponent(userName)}`;
      try {
        const done = await action(c, userName, await c.req.parseBody());
        if (typeof done === 'string') session.flash = { kind: 'ok', text: done };
        else {
          session.flash = { kind: 'ok', text: done.text };
          to = done.to;
        }
      } catch (error) {
        const readable = describeError(error);
        session.flash = { kind: 'error', text: `${readable.title}: ${readable.detail}` };
      }
      return c.redirect(to, 303);
    };

  app.post(
    '/users/:name/policies',
    userAction(async (c, userName, form) => {
      await attachPolicy(c.get('connection'), userName, formText(form, 'policyArn'));
      return 'Policy attached.';
    }),
  );
  app.post(
    '/users/:name/policies/detach',
    userAction(async (c, userName, form) => {
      await detachPolicy(c.get('connection'), userName, formText(form, 'policyArn'));
      return 'Policy detached.';
    }),
  );
  app.post(
    '/users/:name/access-keys',
    userAction(async (c, userName) => {
      const key = await createUserAccessKey(c.get('connection'), userName);
      c.get('session').revealOnce = { userName, ...key };
      return `Access key ${key.accessKeyId} created.`;
    }),
  );
  app.post(
    '/users/:name/access-keys/:id/delete',
    userAction(async (c, userName) => {
      await deleteUserAccessKey(c.get('connection'), userName, c.req.param('id') ?? '');
      return 'Access key deleted.';
    }),
  );
  app.post(
    '/users/:name/delete',
    userAction(async (c, userName) => {
      await deleteIamUser(c.get('connection'), userName);
      return { to: '/iam/users', text: `User ${userName} deleted.` };
    }),
  );

  return app;
}
