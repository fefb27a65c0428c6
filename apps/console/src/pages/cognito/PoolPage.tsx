import type { AppClient, PoolGroup, PoolUser, UserFilter } from '../../aws/cognitoPools.js';
import { Csrf } from '../Csrf.js';
import { FieldError } from '../FieldError.js';
import { Pager } from '../Pager.js';
import { UserFilterForm } from './UserFilterForm.js';

/** The admin-create form's state: what was typed (never the password) and why it was refused. */
export interface CreatePoolUserForm {
  username: string;
  email: string;
  error?: string | undefined;
}

interface PoolPageProps {
  poolId: string;
  clients: AppClient[];
  groups: PoolGroup[];
  users: PoolUser[];
  nextToken: string | undefined;
  filter: UserFilter;
  csrfToken: string;
  form: CreatePoolUserForm;
}

const filterQuery = (filter: UserFilter): Record<string, string> =>
  Object.fromEntries(Object.entries(filter).filter((entry): entry is [string, string] => Boolean(entry[1])));

/** One user pool: app clients, groups, users (filtered, paginated) with the administrator's actions. */
export function PoolPage(props: PoolPageProps) {
  const { poolId, filter, csrfToken } = props;
  const base = `/cognito/pools/${encodeURIComponent(poolId)}`;
  return (
    <>
      <h2>App clients</h2>
      <table data-testid="clients">
        <thead>
          <tr>
            <th>Client</th>
            <th>Id</th>
            <th>Secret</th>
            <th>Auth flows</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {props.clients.map((client) => (
            <tr>
              <td>{client.clientName}</td>
              <td>
                <code>{client.clientId}</code>
              </td>
              <td>{client.hasSecret ? 'yes (kept on the server)' : 'no'}</td>
              <td class="muted">{client.authFlows.join(', ')}</td>
              <td>
                {!client.hasSecret && (
                  <a
                    href={`/signin?pool=${encodeURIComponent(poolId)}&client=${encodeURIComponent(client.clientId)}`}
                  >
                    Sign in with SRP
                  </a>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Groups</h2>
      {props.groups.length === 0 ? (
        <p class="muted">None.</p>
      ) : (
        <ul>
          {props.groups.map((group) => (
            <li>
              {group.GroupName} <span class="muted">{group.Description}</span>
            </li>
          ))}
        </ul>
      )}
      <h2>Users</h2>
      <UserFilterForm action={base} filter={filter} />
      <table data-testid="pool-users">
        <thead>
          <tr>
            <th>User name</th>
            <th>Email</th>
            <th>Status</th>
            <th>Enabled</th>
            <th>Actions</th>
          </tr>
        </thead>
        <tbody>
          {props.users.map((user) => {
            const email = user.Attributes?.find((attribute) => attribute.Name === 'email')?.Value ?? '';
            const action = (name: string, label: string) => (
              <form
                method="post"
                action={`${base}/users/${encodeURIComponent(user.Username ?? '')}/${name}`}
                class="inline"
              >
                <Csrf token={csrfToken} />
                <button type="submit">{label}</button>
              </form>
            );
            return (
              <tr>
                <td>{user.Username}</td>
                <td>{email}</td>
                <td>{user.UserStatus}</td>
                <td>{user.Enabled ? 'yes' : 'no'}</td>
                <td>
                  {user.Enabled ? action('disable', 'Disable') : action('enable', 'Enable')}{' '}
                  {action('reset-password', 'Reset password')} {action('delete', 'Delete')}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <Pager path={base} query={filterQuery(filter)} name="token" next={props.nextToken} />
      <form method="post" action={`${base}/users`}>
        <fieldset>
          <legend>Create a user (AdminCreateUser)</legend>
          <Csrf token={csrfToken} />
          <label>
            User name <input name="username" value={props.form.username} required />
          </label>
          <label>
            Email <input name="email" type="email" value={props.form.email} />
          </label>
          <label>
            Temporary password <input name="temporaryPassword" type="password" autocomplete="new-password" />
          </label>
          <button type="submit">Create user</button>
          <FieldError id="create-error" message={props.form.error} />
          <p class="muted">
            The user signs in with the temporary password and must choose a new one (FORCE_CHANGE_PASSWORD).
          </p>
        </fieldset>
      </form>
    </>
  );
}
