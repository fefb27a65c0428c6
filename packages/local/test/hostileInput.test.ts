import { createSigner } from '@iamkit/signer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coverage, type Local, startLocal } from '../src/index.js';

let local: Local;
beforeAll(async () => {
  local = await startLocal();
});
afterAll(() => local.close());

// Inputs of the wrong shape for every field name the operations read.
const ODD_VALUES: unknown[] = [null, 42, true, [], {}, [null], 'x'.repeat(3000), { Name: 1 }];
const FIELDS = [
  'UserPoolId',
  'ClientId',
  'Username',
  'Password',
  'TemporaryPassword',
  'AuthFlow',
  'AuthParameters',
  'ChallengeName',
  'ChallengeResponses',
  'Session',
  'AccessToken',
  'UserAttributes',
  'GroupName',
  'Limit',
  'MaxResults',
  'NextToken',
  'PaginationToken',
  'Filter',
  'ConfirmationCode',
  'Token',
  'UserCode',
  'SoftwareTokenMfaSettings',
  'Policies',
  'PoolName',
  'ClientName',
  'ExplicitAuthFlows',
  'SecretHash',
];

describe('hostile input', () => {
  it('answers every Cognito operation with odd inputs by an AWS-style error (or success), never a 5xx', async () => {
    const signer = createSigner({
      credentials: local.rootCredentials,
      region: 'us-east-1',
      service: 'cognito-idp',
    });
    const operations = coverage.filter((op) => op.service === 'cognito-idp');
    const failures: string[] = [];
    for (const [i, value] of ODD_VALUES.entries()) {
      for (const op of operations) {
        const body = JSON.stringify(Object.fromEntries(FIELDS.map((field) => [field, value])));
        const request = {
          method: 'POST',
          url: `${local.url}/`,
          headers: {
            'content-type': 'application/x-amz-json-1.1',
            'x-amz-target': `AWSCognitoIdentityProviderService.${op.operation}`,
          },
          body,
        };
        const { headers } = await signer.sign(request);
        const response = await fetch(request.url, {
          method: 'POST',
          headers: headers as Record<string, string>,
          body,
        });
        const answer = (await response.json()) as { __type?: string };
        if (response.status >= 500 || (response.status !== 200 && !answer.__type))
          failures.push(`${op.operation} #${i}: ${response.status} ${answer.__type}`);
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);

  it('answers every IAM and STS action without parameters with an AWS-style 4xx', async () => {
    const signers = {
      iam: createSigner({ credentials: local.rootCredentials, region: 'us-east-1', service: 'iam' }),
      sts: createSigner({ credentials: local.rootCredentials, region: 'us-east-1', service: 'sts' }),
    };
    const failures: string[] = [];
    for (const op of coverage.filter((entry) => entry.service !== 'cognito-idp')) {
      const body = `Action=${op.operation}&Version=${op.service === 'iam' ? '2010-05-08' : '2011-06-15'}&MaxItems=abc&Marker=%%%`;
      const request = {
        method: 'POST',
        url: `${local.url}/`,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body,
      };
      const { headers } = await signers[op.service as 'iam' | 'sts'].sign(request);
      const response = await fetch(request.url, {
        method: 'POST',
        headers: headers as Record<string, string>,
        body,
      });
      const text = await response.text();
      if (response.status >= 500 || (!text.includes('<ErrorResponse') && response.status !== 200)) {
        failures.push(`${op.operation}: ${response.status}`);
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);
});
