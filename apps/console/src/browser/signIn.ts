// The sign-in page's program: SRP sign-in with @iamkit/cognito's universal entry (WebCrypto), the
// challenges it may answer (NEW_PASSWORD_REQUIRED, SOFTWARE_TOKEN_MFA), then the ID token handed to
// the server, which verifies it before showing anything. The password never leaves the browser.
import { createCognitoAuth, createUnsignedCognitoClient, type SignInResult } from '@iamkit/cognito';

const form = document.querySelector<HTMLFormElement>('#signin')!;
const status = document.querySelector<HTMLElement>('#signin-status')!;
const { pool, client, endpoint, csrf } = form.dataset as Record<string, string>;
// A user pool id starts with its region: `us-east-1_AbCdEf123`.
const region = pool!.slice(0, pool!.indexOf('_'));
const auth = createCognitoAuth({
  userPoolId: pool!,
  clientId: client!,
  // No credentials in a browser: the unsigned client carries no signer code and refuses signed operations.
  client: createUnsignedCognitoClient({ region, endpoint: endpoint! }),
});

let pending: SignInResult | undefined;

const field = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).value;

function show(step: string) {
  for (const fieldset of form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-step]')) {
    fieldset.hidden = fieldset.dataset.step !== step;
  }
  form.querySelector<HTMLInputElement>(`fieldset[data-step="${step}"] input`)?.focus();
}

async function verifyOnServer(idToken: string) {
  status.textContent = 'Signed in at Cognito; the server is verifying the ID token…';
  const response = await fetch('/signin/verify', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrf! },
    body: JSON.stringify({ poolId: pool, clientId: client, idToken }),
  });
  const answer = await response.json();
  if (!response.ok) throw new Error(answer.error ?? 'The server refused the token.');
  location.assign(answer.next);
}

async function advance(result: SignInResult) {
  pending = result;
  if (result.kind === 'signedIn') return verifyOnServer(result.tokens.idToken);
  if (result.kind === 'NEW_PASSWORD_REQUIRED' || result.kind === 'SOFTWARE_TOKEN_MFA') {
    status.textContent = '';
    return show(result.kind);
  }
  throw new Error(`This page does not answer ${result.kind}.`);
}

async function step() {
  if (pending?.kind === 'NEW_PASSWORD_REQUIRED')
    return advance(await pending.respond({ newPassword: field('newPassword') }));
  if (pending?.kind === 'SOFTWARE_TOKEN_MFA') return advance(await pending.respond(field('code')));
  status.textContent = 'Signing in with SRP…';
  return advance(await auth.signIn({ username: field('username'), password: field('password') }));
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const button = (event.submitter as HTMLButtonElement | null) ?? undefined;
  if (button) button.disabled = true;
  status.className = '';
  step()
    .catch((error: Error) => {
      status.textContent = error.message;
      status.className = 'field-error';
    })
    .finally(() => {
      if (button) button.disabled = false;
    });
});
