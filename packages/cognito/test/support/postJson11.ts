/**
 * One Cognito call over AWS JSON 1.1 with fetch, unsigned: the stand-in for the runtime's
 * transport in the browser and moto suites. Rejects with Cognito's exception name as the error's
 * name (`__type`, without moto's namespace prefix).
 */
// biome-ignore lint/suspicious/noExplicitAny: test transport, answers whatever the operation returns
export async function postJson11(url: string, operation: string, input: object): Promise<any> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': `AWSCognitoIdentityProviderService.${operation}`,
    },
    body: JSON.stringify(input),
  });
  const body = await response.json();
  if (!response.ok)
    throw Object.assign(new Error(body.message), { name: String(body.__type).split('#').pop() });
  return body;
}
