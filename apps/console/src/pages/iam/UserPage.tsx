import type { IamPolicy } from '../../aws/iamLists.js';
import type { UserDetails } from '../../aws/iamUser.js';
import type { Session } from '../../web/Session.js';
import { Csrf } from '../Csrf.js';

type Reveal = NonNullable<Session['revealOnce']>;

/** One IAM user: groups, attached and inline policies with their documents, access keys, and actions. */
export function UserPage({
  details,
  policies,
  csrfToken,
  reveal,
}: {
  details: UserDetails;
  policies: IamPolicy[];
  csrfToken: string;
  reveal: Reveal | undefined;
}) {
  const name = encodeURIComponent(details.user.UserName);
  const attachedArns = new Set(details.attached.map((policy) => policy.arn));
  return (
    <>
      <p class="muted">
        {details.user.Arn} · created {details.user.CreateDate.toISOString()}
      </p>
      {reveal && (
        <div class="secret" data-testid="new-secret" role="status">
          <p>
            New access key <code>{reveal.accessKeyId}</code>. Its secret access key is shown this once: copy
            it now, it cannot be shown again.
          </p>
          <p>
            <code>{reveal.secretAccessKey}</code>
          </p>
        </div>
      )}
      <h2>Groups</h2>
      {details.groups.length === 0 ? (
        <p class="muted">In no group.</p>
      ) : (
        <ul>
          {details.groups.map((group) => (
            <li>{group.GroupName}</li>
          ))}
        </ul>
      )}
      <h2>Attached managed policies</h2>
      <form method="post" action={`/iam/users/${name}/policies`}>
        <Csrf token={csrfToken} />
        <label>
          Policy{' '}
          <select name="policyArn" required>
            {policies
              .filter((policy) => !attachedArns.has(policy.Arn))
              .map((policy) => (
                <option value={policy.Arn}>{policy.PolicyName}</option>
              ))}
          </select>
        </label>
        <button type="submit">Attach policy</button>
      </form>
      {details.attached.map((policy) => (
        <details data-testid="attached-policy">
          <summary>
            {policy.name}{' '}
            <form method="post" action={`/iam/users/${name}/policies/detach`} class="inline">
              <Csrf token={csrfToken} />
              <input type="hidden" name="policyArn" value={policy.arn} />
              <button type="submit">Detach {policy.name}</button>
            </form>
          </summary>
          <pre>{policy.document}</pre>
        </details>
      ))}
      <h2>Inline policies</h2>
      {details.inline.length === 0 ? (
        <p class="muted">None.</p>
      ) : (
        details.inline.map((policy) => (
          <details>
            <summary>{policy.name}</summary>
            <pre>{policy.document}</pre>
          </details>
        ))
      )}
      <h2>Access keys</h2>
      <table data-testid="access-keys">
        <thead>
          <tr>
            <th>Access key id</th>
            <th>Status</th>
            <th>Created</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {details.accessKeys.map((key) => (
            <tr>
              <td>
                <code>{key.AccessKeyId}</code>
              </td>
              <td>{key.Status}</td>
              <td>{key.CreateDate?.toISOString().slice(0, 10)}</td>
              <td>
                <form
                  method="post"
                  action={`/iam/users/${name}/access-keys/${key.AccessKeyId}/delete`}
                  class="inline"
                >
                  <Csrf token={csrfToken} />
                  <button type="submit">Delete key</button>
                </form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="post" action={`/iam/users/${name}/access-keys`}>
        <Csrf token={csrfToken} />
        <button type="submit">Create access key</button>
      </form>
      <h2>Delete</h2>
      <form method="post" action={`/iam/users/${name}/delete`}>
        <Csrf token={csrfToken} />
        <p class="muted">
          Deletes the user's access keys, policies and group memberships first, as IAM requires.
        </p>
        <button type="submit">Delete user {details.user.UserName}</button>
      </form>
    </>
  );
}
