import type { AppClient, PoolSummary } from '../../aws/cognitoPools.js';

/** Which pool and app client the page signs in to, and where the browser sends Cognito's calls. */
export interface SignInTarget {
  poolId: string;
  clientId: string;
  /** Cognito's endpoint, called by the browser directly: unsigned, no AWS credentials. */
  endpoint: string;
}

/**
 * The sign-in page. SRP runs in the browser (the password never leaves it), so this page needs
 * JavaScript; the server only verifies the ID token the browser hands it.
 */
export function SignInPage({
  target,
  pools,
  clients,
  csrfToken,
}: {
  target: SignInTarget;
  pools: PoolSummary[];
  clients: AppClient[];
  csrfToken: string;
}) {
  return (
    <>
      <form method="get" action="/signin">
        <label>
          Pool{' '}
          <select name="pool">
            {pools.map((pool) => (
              <option value={pool.Id} selected={pool.Id === target.poolId}>
                {pool.Name}
              </option>
            ))}
          </select>
        </label>
        <label>
          App client{' '}
          <select name="client">
            {clients
              .filter((client) => !client.hasSecret)
              .map((client) => (
                <option value={client.clientId} selected={client.clientId === target.clientId}>
                  {client.clientName}
                </option>
              ))}
          </select>
        </label>
        <button type="submit">Choose</button>
      </form>
      <form
        id="signin"
        data-pool={target.poolId}
        data-client={target.clientId}
        data-endpoint={target.endpoint}
        data-csrf={csrfToken}
      >
        <noscript>
          <p class="error-box">
            SRP sign-in runs in your browser so that the password never leaves it: it needs JavaScript.
          </p>
        </noscript>
        <fieldset data-step="password">
          <legend>Sign in (USER_SRP_AUTH)</legend>
          <label class="block">
            User name <input name="username" autocomplete="username" />
          </label>
          <label class="block">
            Password <input name="password" type="password" autocomplete="current-password" />
          </label>
          <button type="submit">Sign in</button>
        </fieldset>
        <fieldset data-step="NEW_PASSWORD_REQUIRED" hidden>
          <legend>Choose a new password</legend>
          <p class="muted">
            An administrator created this account with a temporary password (NEW_PASSWORD_REQUIRED).
          </p>
          <label class="block">
            New password <input name="newPassword" type="password" autocomplete="new-password" />
          </label>
          <button type="submit">Set password</button>
        </fieldset>
        <fieldset data-step="SOFTWARE_TOKEN_MFA" hidden>
          <legend>Authenticator code</legend>
          <label class="block">
            6-digit code <input name="code" inputmode="numeric" autocomplete="one-time-code" />
          </label>
          <button type="submit">Verify</button>
        </fieldset>
        <p id="signin-status" role="status" aria-live="polite" />
      </form>
      <script type="module" src="/assets/signIn.js" />
    </>
  );
}
