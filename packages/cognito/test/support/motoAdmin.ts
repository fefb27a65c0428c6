// An IAM admin on a moto started with three unauthenticated requests: the user, its key and its
// policy are created in IAM Query calls moto does not check yet; every later request must be signed
// by that key. moto routes by the credential scope's service, so the free calls carry one.
const query = async (url: string, params: Record<string, string>) => {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: `AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260101/us-east-1/iam/aws4_request, SignedHeaders=host, Signature=${'0'.repeat(64)}`,
    },
    body: new URLSearchParams({ Version: '2010-05-08', ...params }),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`moto IAM ${params.Action}: ${response.status} ${text}`);
  return text;
};

const ADMIN_POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
});

/** Spends moto's three free requests on an admin and returns its key. */
export const motoAdmin = async (url: string) => {
  await query(url, { Action: 'CreateUser', UserName: 'admin' });
  const key = await query(url, { Action: 'CreateAccessKey', UserName: 'admin' });
  await query(url, {
    Action: 'PutUserPolicy',
    UserName: 'admin',
    PolicyName: 'all',
    PolicyDocument: ADMIN_POLICY,
  });
  const field = (name: string) => new RegExp(`<${name}>([^<]+)</${name}>`).exec(key)?.[1] ?? '';
  return { accessKeyId: field('AccessKeyId'), secretAccessKey: field('SecretAccessKey') };
};
