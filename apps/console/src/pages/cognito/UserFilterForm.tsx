import type { UserFilter } from '../../aws/cognitoPools.js';

/** The statuses `cognito:user_status` filters on. */
export const USER_STATUSES = [
  'UNCONFIRMED',
  'CONFIRMED',
  'FORCE_CHANGE_PASSWORD',
  'RESET_REQUIRED',
  'ARCHIVED',
  'EXTERNAL_PROVIDER',
];
/** The attributes ListUsers' `Filter` accepts. */
export const FILTER_ATTRIBUTES = [
  'username',
  'email',
  'phone_number',
  'name',
  'given_name',
  'family_name',
  'sub',
];

/** The users' filter (GET, so it works without JavaScript and stays in the URL): a status or an attribute. */
export function UserFilterForm({ action, filter }: { action: string; filter: UserFilter }) {
  return (
    <form method="get" action={action}>
      <label>
        Status{' '}
        <select name="status">
          <option value="">any</option>
          {USER_STATUSES.map((status) => (
            <option selected={filter.status === status}>{status}</option>
          ))}
        </select>
      </label>
      <label>
        or attribute{' '}
        <select name="attribute">
          {FILTER_ATTRIBUTES.map((name) => (
            <option selected={filter.attribute === name}>{name}</option>
          ))}
        </select>
      </label>
      <select name="match" aria-label="match">
        <option value="^=" selected={filter.match !== '='}>
          starts with
        </option>
        <option value="=" selected={filter.match === '='}>
          is
        </option>
      </select>
      <input name="value" value={filter.value ?? ''} aria-label="value" />
      <button type="submit">Filter</button>
    </form>
  );
}
