// The page's program, bundled for the browser with the universal entry: a fetch-based invoke
// speaking AWS JSON 1.1 to the loopback server, then an SRP sign-in through SOFTWARE_TOKEN_MFA,
// a refresh, a wrong password and a refused client secret. Node checks what it reports.
import { type CognitoInvoke, createCognitoAuth, isClientSecretInBrowserError } from '../../src/auth/index.js';

const invoke: CognitoInvoke = async (operation, input) => {
  const response = await fetch('/', {
    method: 'POST',
    headers: {
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': `AWSCognitoIdentityProviderService.${operation}`,
    },
    body: JSON.stringify(input),
  });
  const body = await response.json();
  if (!response.ok) throw Object.assign(new Error(body.message), { name: body.__type });
  return body;
};

async function run() {
  const { userPoolId, clientId, username, password, code } = (
    window as unknown as { __CONFIG__: Record<string, string> }
  ).__CONFIG__;
  const auth = createCognitoAuth({ userPoolId: userPoolId!, clientId: clientId!, invoke });
  const kinds: string[] = [];
  let result = await auth.signIn({ username: username!, password: password! });
  kinds.push(result.kind);
  if (result.kind === 'SOFTWARE_TOKEN_MFA') {
    result = await result.respond(code!);
    kinds.push(result.kind);
  }
  if (result.kind !== 'signedIn') throw new Error(`ended at ${result.kind}`);
  const refreshed = await auth.refresh(result.tokens);
  const wrong = await auth
    .signIn({ username: username!, password: 'not the password' })
    .catch((error: Error) => error.name);
  let secret = 'accepted';
  try {
    createCognitoAuth({ userPoolId: userPoolId!, clientId: clientId!, invoke, clientSecret: 'x' } as never);
  } catch (error) {
    secret = isClientSecretInBrowserError(error) ? 'refused' : String(error);
  }
  return {
    kinds,
    expiresAt: result.tokens.expiresAt.toISOString(),
    refreshedDiffers: refreshed.accessToken !== result.tokens.accessToken,
    keptRefreshToken: refreshed.refreshToken === result.tokens.refreshToken,
    wrong,
    secret,
    printed: JSON.stringify(result),
    accessToken: result.tokens.accessToken,
  };
}

run().then(
  (value) => Object.assign(window, { __RESULT__: value }),
  (error) => Object.assign(window, { __FAILURE__: String(error?.stack ?? error) }),
);
