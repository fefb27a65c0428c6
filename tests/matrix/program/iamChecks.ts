import {
  createIamClient,
  createRole,
  createUser,
  deleteRole,
  deleteUser,
  getUser,
  type IamClient,
  isAwsAbortError,
  isAwsServiceError,
  listUsers,
  paginateListRoleTags,
  waitUntilUserExists,
} from '@iamkit/iam';
import { resolveConnection } from '@iamkit/provider-config';
import { type Check, check } from './check.js';
import type { ConformanceInput } from './conformanceInput.js';

const ACCOUNT = '123456789012'; // moto's default account
const TRUST_EC2 = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
});

/** A service error as it compares across runtimes: the typed fields, and whether the secret leaked. */
function serviceError(error: unknown, secret: string) {
  if (!isAwsServiceError(error)) throw error;
  return {
    name: error.name,
    code: error.code,
    statusCode: error.statusCode,
    operation: error.operation,
    secretInError: `${String(error)} ${JSON.stringify(error)}`.includes(secret),
  };
}

async function rejection(call: () => Promise<unknown>, secret: string) {
  try {
    await call();
  } catch (error) {
    return serviceError(error, secret);
  }
  return 'no error';
}

/**
 * IAM calls against moto with signature checking on. The client is built from a platform
 * connection (`username`/`password` = the key moto issued) resolved with an endpoint override.
 * The runtime's own user name is written `{user}` in the values, so every runtime reports the same.
 */
export async function iamChecks({ iam }: ConformanceInput): Promise<Check[]> {
  const { endpoint, accessKeyId, secretAccessKey, userName } = iam;
  const generic = (value: unknown) => JSON.parse(JSON.stringify(value).replaceAll(userName, '{user}'));
  const path = `/matrix/${userName}/`;
  const user = {
    UserName: '{user}',
    Path: '/matrix/{user}/',
    Arn: `arn:aws:iam::${ACCOUNT}:user/matrix/{user}/{user}`,
  };
  const checks: Check[] = [];
  let client: IamClient | undefined;

  checks.push(
    await check('iam/client from a platform connection', { urlIsTheEndpoint: true, accessKeyId }, () => {
      const connection = resolveConnection(
        {
          credentials: { username: accessKeyId, password: secretAccessKey },
          connection_config: { region: 'us-east-2' },
        },
        { service: 'iam', endpoint },
      );
      client = createIamClient({ endpoint: connection.url, credentials: connection.credentials, retry: 1 });
      return {
        urlIsTheEndpoint: connection.url === endpoint,
        accessKeyId: connection.credentials.accessKeyId,
      };
    }),
  );
  if (!client) return checks;
  const admin = client;

  checks.push(
    await check(
      'iam/CreateUser',
      { ...user, Tags: [{ Key: 'matrix', Value: 'a & b <c>' }], dated: true },
      async () => {
        const created = await createUser(admin, {
          UserName: userName,
          Path: path,
          Tags: [{ Key: 'matrix', Value: 'a & b <c>' }],
        });
        const { UserName, Path, Arn, Tags, CreateDate } = created.User ?? {};
        return generic({ UserName, Path, Arn, Tags, dated: CreateDate instanceof Date });
      },
    ),
    await check('iam/GetUser', user, async () => {
      const { UserName, Path, Arn } = (await getUser(admin, { UserName: userName })).User;
      return generic({ UserName, Path, Arn });
    }),
    await check('iam/ListUsers', { names: ['{user}'], IsTruncated: false }, async () => {
      const listed = await listUsers(admin, { PathPrefix: path });
      return generic({ names: listed.Users.map((u) => u.UserName), IsTruncated: listed.IsTruncated });
    }),
    await check('iam/waitUntilUserExists', { UserName: '{user}' }, async () => {
      const { User } = await waitUntilUserExists(admin, { UserName: userName }, { maxWaitMs: 10_000 });
      return generic({ UserName: User.UserName });
    }),
    // moto pages ListRoleTags (not ListUsers): three tags, two per page.
    await check('iam/paginateListRoleTags, two per page', [['a', 'b'], ['c']], async () => {
      const RoleName = `${userName}-role`;
      const Tags = ['c', 'a', 'b'].map((Key) => ({ Key, Value: Key }));
      await createRole(admin, { RoleName, AssumeRolePolicyDocument: TRUST_EC2, Path: path, Tags });
      const pages: string[][] = [];
      for await (const page of paginateListRoleTags(admin, { RoleName }, { pageSize: 2 })) {
        pages.push(page.Tags.map((tag) => tag.Key));
      }
      await deleteRole(admin, { RoleName });
      return pages;
    }),
    await check(
      'iam/an aborted call is an AwsAbortError',
      { name: 'AwsAbortError', guard: true },
      async () => {
        try {
          await listUsers(admin, {}, { signal: AbortSignal.abort() });
          return 'not aborted';
        } catch (error) {
          return { name: (error as Error).name, guard: isAwsAbortError(error) };
        }
      },
    ),
    await check('iam/DeleteUser', {}, async () => generic(await deleteUser(admin, { UserName: userName }))),
    await check(
      'iam/GetUser of a missing user is a typed service error',
      {
        name: 'AwsServiceError',
        code: 'NoSuchEntity',
        statusCode: 404,
        operation: 'GetUser',
        secretInError: false,
      },
      () => rejection(() => getUser(admin, { UserName: userName }), secretAccessKey),
    ),
    await check(
      'iam/a wrong secret is refused by the signature check',
      {
        name: 'AwsServiceError',
        code: 'SignatureDoesNotMatch',
        statusCode: 403,
        operation: 'ListUsers',
        secretInError: false,
      },
      () => {
        const wrongSecret = `${secretAccessKey}x`;
        const impostor = createIamClient({
          endpoint,
          credentials: { accessKeyId, secretAccessKey: wrongSecret },
          retry: 1,
        });
        return rejection(() => listUsers(impostor), wrongSecret);
      },
    ),
  );
  return checks;
}
