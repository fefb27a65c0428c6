import { describe, expect, it } from 'vitest';
import { paginateListUsers } from '../../cognito/src/generated/cognitoIdp.paginators.js';
import * as runtime from '../../cognito/src/generated/cognitoIdp.runtime.js';
import { createServiceClient, isAwsConfigError, isAwsServiceError } from '../src/index.js';
import { readJsonShape } from '../src/protocols/json/readJsonShape.js';
import { serializeJson } from '../src/protocols/json/serializeJson.js';
import { fakeFetch } from './support/fakeFetch.js';
import { rejection } from './support/rejection.js';
import { cognitoSpec } from './support/services.js';

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/x-amz-json-1.1', ...headers },
  });

const cognito = (responder: Parameters<typeof fakeFetch>[0], withCredentials = false) => {
  const fake = fakeFetch(responder);
  const client = createServiceClient(cognitoSpec, {
    region: 'eu-west-1',
    fetch: fake.fetch,
    retry: { sleep: async () => {} },
    ...(withCredentials ? { credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' } } : {}),
  });
  return { client, requests: fake.requests };
};

describe('AWS JSON 1.1 over the generated Cognito schemas', () => {
  it('sends an auth: none operation unsigned, with X-Amz-Target and the JSON 1.1 content type', async () => {
    const { client, requests } = cognito(() =>
      json({ ChallengeName: 'PASSWORD_VERIFIER', ChallengeParameters: { SALT: 's' }, Session: 'sess' }),
    );
    const out = await client.invoke(runtime.InitiateAuth, {
      AuthFlow: 'USER_SRP_AUTH',
      ClientId: 'client',
      AuthParameters: { USERNAME: 'alice', SRP_A: 'abc' },
      Unknown: 'dropped',
    });
    expect(out).toEqual({
      ChallengeName: 'PASSWORD_VERIFIER',
      ChallengeParameters: { SALT: 's' },
      Session: 'sess',
      AvailableChallenges: [],
    });
    const [request] = requests;
    expect(request!.url).toBe('https://cognito-idp.eu-west-1.amazonaws.com/');
    expect(request!.headers['x-amz-target']).toBe('AWSCognitoIdentityProviderService.InitiateAuth');
    expect(request!.headers['content-type']).toBe('application/x-amz-json-1.1');
    expect(request!.headers.authorization).toBeUndefined();
    expect(JSON.parse(request!.body)).toEqual({
      AuthFlow: 'USER_SRP_AUTH',
      ClientId: 'client',
      AuthParameters: { USERNAME: 'alice', SRP_A: 'abc' },
    });
  });

  it('refuses a signed operation without credentials before sending, and signs it with them', async () => {
    const unsigned = cognito(() => json({}));
    const error = await rejection(
      unsigned.client.invoke(runtime.AdminGetUser, { UserPoolId: 'p', Username: 'u' }),
    );
    expect(isAwsConfigError(error)).toBe(true);
    expect(unsigned.requests).toHaveLength(0);

    const signed = cognito(() => json({ Username: 'u', UserCreateDate: 1_700_000_000.5 }), true);
    const out = await signed.client.invoke(runtime.AdminGetUser, { UserPoolId: 'p', Username: 'u' });
    // Epoch seconds as Date; lists AWS left out as [].
    expect(out).toEqual({
      Username: 'u',
      UserCreateDate: new Date(1_700_000_000_500),
      UserAttributes: [],
      MFAOptions: [],
      UserMFASettingList: [],
    });
    expect(signed.requests[0]!.headers.authorization).toMatch(
      /Credential=AKIDEXAMPLE\/\d{8}\/eu-west-1\/cognito-idp\//,
    );
  });

  it.each([
    ['a namespaced __type', { __type: 'com.amazonaws.cognito.identity.idp.model#UserNotFoundException' }, {}],
    ['a bare __type', { __type: 'UserNotFoundException' }, {}],
    [
      'the error-type header with a URL after :',
      {},
      { 'x-amzn-errortype': 'UserNotFoundException:http://internal/' },
    ],
  ])('reads the error code from %s', async (_name, body, headers) => {
    const { client } = cognito(() =>
      json({ ...body, message: 'User does not exist.' }, 400, { 'x-amzn-requestid': 'r-1', ...headers }),
    );
    const error = await rejection(
      client.invoke(runtime.InitiateAuth, { AuthFlow: 'USER_SRP_AUTH', ClientId: 'c' }),
    );
    expect(isAwsServiceError(error)).toBe(true);
    expect(error).toMatchObject({
      code: 'UserNotFoundException',
      awsMessage: 'User does not exist.',
      requestId: 'r-1',
      statusCode: 400,
      retryable: false,
      service: 'Cognito Identity Provider',
      operation: 'InitiateAuth',
    });
  });

  it('retries throttling sent as HTTP 400 (TooManyRequestsException)', async () => {
    const { client, requests } = cognito((_request, i) =>
      i === 0 ? json({ __type: 'TooManyRequestsException', message: 'slow down' }, 400) : json({}),
    );
    await client.invoke(runtime.InitiateAuth, { AuthFlow: 'USER_SRP_AUTH', ClientId: 'c' });
    expect(requests).toHaveLength(2);
  });

  it('pages with PaginationToken and Limit, and walks the items', async () => {
    const { client, requests } = cognito(
      (request) =>
        JSON.parse(request.body).PaginationToken === 't1'
          ? json({ Users: [{ Username: 'b' }] })
          : json({ Users: [{ Username: 'a' }], PaginationToken: 't1' }),
      true,
    );
    const names: string[] = [];
    for await (const user of paginateListUsers.items(client, { UserPoolId: 'p' }, { pageSize: 1 })) {
      names.push(user.Username!);
    }
    expect(names).toEqual(['a', 'b']);
    expect(requests.map((r) => JSON.parse(r.body))).toEqual([
      { UserPoolId: 'p', Limit: 1 },
      { UserPoolId: 'p', Limit: 1, PaginationToken: 't1' },
    ]);
  });

  it('takes apiSubdomain from a platform connection', () => {
    const client = createServiceClient(cognitoSpec, {
      credentials: { username: 'AKIDEXAMPLE', password: 'secret' },
      connection_config: { apiSubdomain: 'idp.us-east-2' },
    });
    expect(client.endpoint).toBe('https://cognito-idp.us-east-2.amazonaws.com');
    expect(client.signingRegion).toBe('us-east-2');
  });
});

describe('serializeJson and readJsonShape', () => {
  it('write blobs as base64 and timestamps as epoch seconds, and read them back', () => {
    const schema = {
      type: 'structure',
      members: { Bytes: { schema: runtime.$blob }, At: { schema: runtime.$timestamp } },
    } as const;
    const body = serializeJson(
      { Bytes: new Uint8Array([0, 255, 104, 105]), At: new Date(1_700_000_000_500) },
      schema,
    );
    expect(JSON.parse(body)).toEqual({ Bytes: 'AP9oaQ==', At: 1_700_000_000.5 });
    expect(readJsonShape(JSON.parse(body), schema)).toEqual({
      Bytes: new Uint8Array([0, 255, 104, 105]),
      At: new Date(1_700_000_000_500),
    });
  });

  it('refuses a non-array list and a non-object structure with AwsConfigError', () => {
    expect(() => serializeJson({ AuthParameters: 'x' }, runtime.InitiateAuthRequest)).toThrow(
      expect.objectContaining({ name: 'AwsConfigError' }),
    );
    expect(() => serializeJson({ UserAttributes: 'x' }, runtime.SignUpRequest)).toThrow(/must be an array/);
  });

  it('passes documents (free-form JSON, WebAuthn options) through both ways', () => {
    const options = { publicKey: { challenge: 'c', pubKeyCredParams: [{ alg: -7, type: 'public-key' }] } };
    expect(
      readJsonShape({ CredentialCreationOptions: options }, runtime.StartWebAuthnRegistrationResponse),
    ).toEqual({
      CredentialCreationOptions: options,
    });
    const credential = { id: 'i', response: { clientDataJSON: 'x', transports: ['usb'] } };
    const body = serializeJson(
      { AccessToken: 't', Credential: credential },
      runtime.CompleteWebAuthnRegistrationRequest,
    );
    expect(JSON.parse(body)).toEqual({ AccessToken: 't', Credential: credential });
  });

  it('reads a map key named __proto__ as data', () => {
    const out = readJsonShape(
      { ChallengeParameters: JSON.parse('{"__proto__": "x"}') },
      runtime.InitiateAuthResponse,
    ) as {
      ChallengeParameters: Record<string, string>;
    };
    expect(Object.getPrototypeOf(out.ChallengeParameters)).toBe(Object.prototype);
    expect(Object.keys(out.ChallengeParameters)).toEqual(['__proto__']);
  });
});
