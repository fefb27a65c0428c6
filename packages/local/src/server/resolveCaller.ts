import type { Caller } from '../iam/ActionContext.js';
import { arns } from '../iam/arns.js';
import type { KeySecret } from '../sigv4/verifySignature.js';
import type { State } from '../store/State.js';

/** An access key's secret and the identity it acts for. */
export interface KeyOwner extends KeySecret {
  readonly caller: Caller;
}

const userCaller = (state: State, userName: string | null, accessKeyId: string): Caller | undefined => {
  if (userName === null) {
    return { kind: 'root', arn: arns.root(state.accountId), userId: state.accountId, accessKeyId };
  }
  const user = state.users[userName];
  if (!user) return undefined;
  return {
    kind: 'user',
    arn: arns.user(state.accountId, user.path, user.name),
    userId: user.id,
    accessKeyId,
    userName: user.name,
  };
};

/**
 * The secret and owner of an access key the emulator issued: the root key, an active user key,
 * or STS temporary credentials (whose role or user must still exist). Undefined otherwise.
 */
export function resolveCaller(state: State, accessKeyId: string): KeyOwner | undefined {
  const key = state.accessKeys[accessKeyId];
  if (key) {
    if (key.status !== 'Active') return undefined;
    const caller = userCaller(state, key.userName, accessKeyId);
    return caller && { secret: key.secret, caller };
  }
  const session = state.sessions[accessKeyId];
  if (!session) return undefined;
  const credentials = { secret: session.secret, sessionToken: session.token, expiration: session.expiration };
  if (session.roleName === undefined) {
    const caller = userCaller(state, session.userName ?? null, accessKeyId);
    return caller && { ...credentials, caller };
  }
  const role = state.roles[session.roleName];
  if (!role) return undefined;
  const sessionName = session.roleSessionName ?? 'session';
  return {
    ...credentials,
    caller: {
      kind: 'role',
      arn: arns.assumedRole(state.accountId, role.name, sessionName),
      userId: `${role.id}:${sessionName}`,
      accessKeyId,
      roleName: role.name,
    },
  };
}
