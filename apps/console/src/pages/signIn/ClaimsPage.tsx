import type { VerifiedClaims } from '../../aws/verifyIdToken.js';
import { Csrf } from '../Csrf.js';

const SHOWN = [
  'cognito:username',
  'email',
  'cognito:groups',
  'sub',
  'iss',
  'aud',
  'token_use',
  'auth_time',
  'exp',
];

const asText = (value: unknown) =>
  Array.isArray(value) ? value.join(', ') : typeof value === 'object' ? JSON.stringify(value) : String(value);

/** The signed-in user's ID token claims, shown only after the server verified the token. */
export function ClaimsPage({ claims, csrfToken }: { claims: VerifiedClaims; csrfToken: string }) {
  return (
    <>
      <p class="flash ok" data-testid="verified">
        ID token verified by the server with aws-jwt-verify against the pool's JWKS (signature, issuer,
        audience, expiry, token use).
      </p>
      <table data-testid="claims">
        <tbody>
          {SHOWN.filter((name) => claims[name] !== undefined).map((name) => (
            <tr>
              <th>{name}</th>
              <td>{asText(claims[name])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <details>
        <summary>All claims</summary>
        <pre>{JSON.stringify(claims, null, 2)}</pre>
      </details>
      <form method="post" action="/signin/signout">
        <Csrf token={csrfToken} />
        <button type="submit">Sign out</button>
      </form>
    </>
  );
}
