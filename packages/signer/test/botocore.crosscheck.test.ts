// An independent reference: botocore's SigV4Auth / SigV4QueryAuth (python3, installed for the
// IAM tests) signs the same requests at the same instant, and the results must match ours.
import { execFileSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import type { SignableRequest } from '../src/types.js';
import { variants } from './support/backends.js';
import { ACCESS_KEY_ID, DATE, SECRET, TOKEN } from './support/fixtures.js';

const BOTOCORE_SIGNER = `
import datetime, json, sys
from unittest import mock
import botocore.auth
from botocore.auth import SigV4Auth, SigV4QueryAuth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

fixed = datetime.datetime(2015, 8, 30, 12, 36, 0)
out = []
with mock.patch.object(botocore.auth, 'get_current_datetime', return_value=fixed):
    for case in json.loads(sys.stdin.read()):
        creds = Credentials(case['accessKeyId'], case['secretAccessKey'], case.get('sessionToken'))
        req = AWSRequest(method=case['method'], url=case['url'], headers=case['headers'], data=case['body'])
        if case['presign']:
            SigV4QueryAuth(creds, case['service'], case['region'], expires=case['expiresIn']).add_auth(req)
            out.append({'url': req.url})
        else:
            SigV4Auth(creds, case['service'], case['region']).add_auth(req)
            out.append({'authorization': req.headers['Authorization'], 'token': req.headers.get('X-Amz-Security-Token')})
print(json.dumps(out))
`;

interface Case {
  readonly name: string;
  readonly service: string;
  readonly request: SignableRequest & { method: string; headers: Record<string, string>; body: string };
  readonly presign?: boolean;
  readonly sessionToken?: string;
}

const cases: Case[] = [
  {
    name: 'IAM ListUsers, form POST',
    service: 'iam',
    request: {
      method: 'POST',
      url: 'https://iam.amazonaws.com/',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8' },
      body: 'Action=ListUsers&Version=2010-05-08',
    },
  },
  {
    name: 'Cognito AdminGetUser, JSON with X-Amz-Target',
    service: 'cognito-idp',
    request: {
      method: 'POST',
      url: 'https://cognito-idp.us-east-1.amazonaws.com/',
      headers: {
        'Content-Type': 'application/x-amz-json-1.1',
        'X-Amz-Target': 'AWSCognitoIdentityProviderService.AdminGetUser',
      },
      body: JSON.stringify({ UserPoolId: 'us-east-1_EXAMPLE', Username: 'jürgen@example.com' }),
    },
  },
  {
    name: 'GET with query values that need encoding',
    service: 'iam',
    request: {
      method: 'GET',
      url: 'https://iam.amazonaws.com/?Version=2010-05-08&Action=ListUsers&PathPrefix=%2Fdivision%20a%2F&Marker=%C3%BC~x&A=1',
      headers: {},
      body: '',
    },
  },
  {
    name: 'presigned GET with query values that need encoding',
    service: 'iam',
    presign: true,
    request: {
      method: 'GET',
      url: 'https://iam.amazonaws.com/?Version=2010-05-08&Action=ListUsers&PathPrefix=%2Fdivision%20a%2F',
      headers: {},
      body: '',
    },
  },
  {
    name: 'STS GetCallerIdentity with a session token',
    service: 'sts',
    sessionToken: TOKEN,
    request: {
      method: 'POST',
      url: 'https://sts.us-east-1.amazonaws.com/',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'Action=GetCallerIdentity&Version=2011-06-15',
    },
  },
  {
    name: 'presigned STS GetCallerIdentity with a session token',
    service: 'sts',
    presign: true,
    sessionToken: TOKEN,
    request: {
      method: 'GET',
      url: 'https://sts.us-east-1.amazonaws.com/?Action=GetCallerIdentity&Version=2011-06-15',
      headers: {},
      body: '',
    },
  },
];

function botocore(): { authorization?: string; token?: string | null; url?: string }[] | undefined {
  const input = cases.map(({ request, service, presign, sessionToken }) => ({
    ...request,
    service,
    region: 'us-east-1',
    presign: presign === true,
    expiresIn: 900,
    accessKeyId: ACCESS_KEY_ID,
    secretAccessKey: SECRET,
    sessionToken,
  }));
  try {
    return JSON.parse(
      execFileSync('python3', ['-c', BOTOCORE_SIGNER], { input: JSON.stringify(input) }).toString(),
    );
  } catch (error) {
    if (process.env.CI) throw error;
    console.warn(
      `\n[signer] SKIPPING the botocore cross-check: python3 with botocore unavailable (${error})\n`,
    );
    return undefined;
  }
}

const reference = botocore();
const queryOf = (url: string) => Object.fromEntries(new URL(url).searchParams);

describe.skipIf(!reference)('cross-check with botocore', () => {
  describe.each(variants)('%s', (_label, crypto, createSigner) => {
    test.each(cases.map((item, index) => [item.name, item, index] as const))(
      '%s',
      async (_name, item, index) => {
        const expected = reference![index]!;
        const signer = createSigner({
          credentials: {
            accessKeyId: ACCESS_KEY_ID,
            secretAccessKey: SECRET,
            sessionToken: item.sessionToken,
          },
          region: 'us-east-1',
          service: item.service,
          crypto,
        });
        if (item.presign) {
          const { url } = await signer.presign(item.request, { signingDate: DATE, expiresIn: 900 });
          // botocore orders the parameters differently; the set, and so the signature, must match.
          expect(queryOf(url)).toEqual(queryOf(expected.url!));
          expect(queryOf(url)['X-Amz-Signature']).toMatch(/^[\da-f]{64}$/);
        } else {
          const signed = await signer.sign(item.request, { signingDate: DATE });
          expect(signed.headers.authorization).toBe(expected.authorization);
          expect(signed.headers['x-amz-security-token']).toBe(expected.token ?? undefined);
        }
      },
    );
  });
});
