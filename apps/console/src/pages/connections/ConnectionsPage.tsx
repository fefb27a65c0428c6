import type { ConnectionView } from '../../connections/Connection.js';
import type { ConnectionField, ConnectionFormValues } from '../../connections/parseConnectionForm.js';
import { Csrf } from '../Csrf.js';
import { FieldError } from '../FieldError.js';

/** The add form's state: what was typed (never the secret) and each refused field's error. */
export interface ConnectionFormState {
  values: ConnectionFormValues;
  errors: Partial<Record<ConnectionField, string>>;
}

const SOURCES: Record<ConnectionView['source'], string> = {
  emulator: 'the local emulator (demo account)',
  environment: 'the environment',
  form: 'this form',
};

function Field({
  name,
  label,
  state,
  type = 'text',
  hint,
}: {
  name: ConnectionField;
  label: string;
  state: ConnectionFormState;
  type?: string;
  hint?: string;
}) {
  const error = state.errors[name];
  const value = name === 'password' ? '' : state.values[name];
  return (
    <div class="field">
      <label class="block">
        {label}{' '}
        <input
          name={name}
          type={type}
          value={value}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={`${name}-error`}
          autocomplete={type === 'password' ? 'off' : undefined}
          placeholder={hint}
        />
      </label>
      <FieldError id={`${name}-error`} message={error} />
    </div>
  );
}

/** The connections: which exist, and a form in the platform's shape to add one. */
export function ConnectionsPage({
  connections,
  csrfToken,
  state,
  endpoint,
}: {
  connections: ConnectionView[];
  csrfToken: string;
  state: ConnectionFormState;
  endpoint: string | undefined;
}) {
  return (
    <>
      <table data-testid="connections">
        <thead>
          <tr>
            <th>Name</th>
            <th>Access key id</th>
            <th>Region</th>
            <th>apiSubdomain</th>
            <th>From</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {connections.map((connection) => (
            <tr>
              <td>{connection.name}</td>
              <td>
                <code>{connection.identity}</code>
              </td>
              <td>{connection.region}</td>
              <td>{connection.apiSubdomain ?? ''}</td>
              <td class="muted">{SOURCES[connection.source]}</td>
              <td>
                {connection.source === 'form' && (
                  <form method="post" action={`/connections/${connection.id}/delete`} class="inline">
                    <Csrf token={csrfToken} />
                    <button type="submit">Remove</button>
                  </form>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="post" action="/connections" novalidate>
        <fieldset>
          <legend>Add a connection</legend>
          <p class="muted">
            The shape integration platforms store: the access key id as the user name, the secret access key
            as the password. The secret stays on this server; no page shows it again.
            {endpoint &&
              ` Requests go to the local emulator (${endpoint}): use a key created on a user's page.`}
          </p>
          <Csrf token={csrfToken} />
          <Field name="name" label="Name" state={state} />
          <Field name="username" label="Access key id (user name)" state={state} />
          <Field name="password" label="Secret access key (password)" state={state} type="password" />
          <Field name="region" label="Region" state={state} hint="eu-west-1" />
          <Field name="apiSubdomain" label="apiSubdomain" state={state} hint="optional: idp.eu-west-1" />
          <button type="submit">Add connection</button>
        </fieldset>
      </form>
    </>
  );
}
