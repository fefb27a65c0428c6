import * as iam from '../../src/index.js';
import type { Moto } from './moto.js';

/** Allows everything: the policy of the admin user every moto test starts with. */
export const ADMIN_POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
});

/**
 * Spends the three unauthenticated requests `startMoto(3)` allows on an admin user, its key and its
 * policy, and returns the key: after them every request must carry a valid signature.
 */
export const motoAdmin = async (moto: Moto): Promise<{ accessKeyId: string; secretAccessKey: string }> => {
  const bootstrap = iam.createIamClient({
    endpoint: moto.url,
    credentials: { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'bootstrap-secret' },
  });
  await iam.createUser(bootstrap, { UserName: 'admin' });
  const { AccessKey } = await iam.createAccessKey(bootstrap, { UserName: 'admin' });
  await iam.putUserPolicy(bootstrap, {
    UserName: 'admin',
    PolicyName: 'admin',
    PolicyDocument: ADMIN_POLICY,
  });
  return { accessKeyId: AccessKey.AccessKeyId, secretAccessKey: AccessKey.SecretAccessKey };
};
