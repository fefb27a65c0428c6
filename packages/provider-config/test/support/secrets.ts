import { inspect } from 'node:util';
import { expect } from 'vitest';

export const SECRET = 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY';
export const OTHER_SECRET = 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY';
export const TOKEN = 'IQoJb3JpZ2luX2VjEXAMPLE//////////wEaCXVzLWVhc3QtMSJHMEUCIQ==';

/** Fails when any of `secrets` shows in `value`'s message, stack, `util.inspect` or JSON. */
export function expectNoSecrets(value: unknown, secrets: readonly string[] = [SECRET, OTHER_SECRET, TOKEN]) {
  const error = value as Error;
  const texts = [inspect(value, { depth: 5 }), JSON.stringify(value) ?? ''];
  if (value instanceof Error) texts.push(error.message, String(error.stack));
  for (const text of texts) for (const secret of secrets) expect(text).not.toContain(secret);
}

/** A credentials answer as container endpoints and IMDS send it. */
export function endpointCredentials(expiration: Date, accessKeyId = 'ASIAFAKE') {
  return {
    Code: 'Success',
    Type: 'AWS-HMAC',
    AccessKeyId: accessKeyId,
    SecretAccessKey: SECRET,
    Token: TOKEN,
    Expiration: expiration.toISOString(),
  };
}
