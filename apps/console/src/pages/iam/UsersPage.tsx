import type { IamUser, Page } from '../../aws/iamLists.js';
import { Csrf } from '../Csrf.js';
import { FieldError } from '../FieldError.js';
import { Pager } from '../Pager.js';
import { SearchForm } from '../SearchForm.js';

/** The create-user form's state: what was typed, and why the server refused it. */
export interface CreateUserForm {
  userName: string;
  error?: string | undefined;
}

/** IAM users: search, a page of the list, and the create form. */
export function UsersPage({
  page,
  search,
  csrfToken,
  form,
}: {
  page: Page<IamUser>;
  search: string;
  csrfToken: string;
  form: CreateUserForm;
}) {
  return (
    <>
      <form method="post" action="/iam/users">
        <fieldset>
          <legend>Create a user</legend>
          <Csrf token={csrfToken} />
          <label>
            User name{' '}
            <input
              name="userName"
              value={form.userName}
              required
              maxlength={64}
              aria-describedby="userName-error"
            />
          </label>
          <button type="submit">Create user</button>
          <FieldError id="userName-error" message={form.error} />
        </fieldset>
      </form>
      <SearchForm action="/iam/users" search={search} label="Search users by name" />
      <table data-testid="users">
        <thead>
          <tr>
            <th>User name</th>
            <th>Created</th>
            <th>ARN</th>
          </tr>
        </thead>
        <tbody>
          {page.items.map((user) => (
            <tr>
              <td>
                <a href={`/iam/users/${encodeURIComponent(user.UserName)}`}>{user.UserName}</a>
              </td>
              <td>{user.CreateDate.toISOString().slice(0, 10)}</td>
              <td class="muted">{user.Arn}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {page.truncatedSearch && <p class="muted">The search stopped after 2,000 users; narrow it down.</p>}
      <Pager path="/iam/users" query={search ? { q: search } : {}} name="marker" next={page.nextMarker} />
    </>
  );
}
