import type { Caller, QueryAction } from '../iam/ActionContext.js';
import { arns } from '../iam/arns.js';
import { required } from '../iam/params.js';
import { ids, isoSeconds } from '../ids.js';
import { authorize, callerContext } from '../policy/authorize.js';
import { trustDecision } from '../policy/trustDecision.js';
import { LocalError } from '../server/LocalError.js';
import type { State } from '../store/State.js';

const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;

const denied = (caller: Caller, roleArn: string) =>
  new LocalError(
    'AccessDenied',
    `User: ${caller.arn} is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`,
    403,
  );

const duration = (
  value: string | undefined,
  fallback: number,
  min: number,
  max: number,
  message: string,
): number => {
  const seconds = Number(value ?? fallback);
  if (!Number.isInteger(seconds) || seconds < min) {
    throw new LocalError(
      'ValidationError',
      `1 validation error detected: Value '${value}' at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to ${min}`,
    );
  }
  if (seconds > max) throw new LocalError('ValidationError', message);
  return seconds;
};

const issue = (
  state: State,
  now: number,
  seconds: number,
  session: Omit<State['sessions'][string], 'secret' | 'token' | 'expiration'>,
) => {
  const accessKeyId = ids.accessKeyId('ASIA');
  const stored = { ...session, secret: ids.secret(), token: ids.token(), expiration: now + seconds * 1000 };
  state.sessions[accessKeyId] = stored;
  // Expired sessions are dropped as new ones are issued, so the state does not grow without end.
  for (const [id, old] of Object.entries(state.sessions))
    if (old.expiration <= now) delete state.sessions[id];
  return {
    AccessKeyId: accessKeyId,
    SecretAccessKey: stored.secret,
    SessionToken: stored.token,
    Expiration: isoSeconds(stored.expiration),
  };
};

/** STS: who am I, assume a role (trust policy and external ID checked), session tokens. */
export const stsActions: Record<string, QueryAction> = {
  GetCallerIdentity: ({ state, caller }) => ({
    UserId: caller.userId,
    Account: state.accountId,
    Arn: caller.arn,
  }),
  AssumeRole: ({ state, params, caller, now }) => {
    const roleArn = required(params, 'RoleArn');
    const sessionName = required(params, 'RoleSessionName');
    if (!SESSION_NAME.test(sessionName)) {
      throw new LocalError(
        'ValidationError',
        `1 validation error detected: Value '${sessionName}' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*`,
      );
    }
    const role = Object.values(state.roles).find(
      (candidate) => arns.role(state.accountId, candidate.path, candidate.name) === roleArn,
    );
    if (!role) throw denied(caller, roleArn);
    const externalId = params.get('ExternalId');
    const context = callerContext(caller, externalId === undefined ? {} : { 'sts:ExternalId': externalId });
    const trust = trustDecision(state, role, caller, context);
    if (trust === 'deny' || trust === 'none') throw denied(caller, roleArn);
    if (trust === 'account') {
      try {
        authorize(state, caller, 'sts:AssumeRole', roleArn);
      } catch {
        throw denied(caller, roleArn);
      }
    }
    const seconds = duration(
      params.get('DurationSeconds'),
      3600,
      900,
      role.maxSessionDuration,
      'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.',
    );
    return {
      Credentials: issue(state, now, seconds, { roleName: role.name, roleSessionName: sessionName }),
      AssumedRoleUser: {
        AssumedRoleId: `${role.id}:${sessionName}`,
        Arn: arns.assumedRole(state.accountId, role.name, sessionName),
      },
    };
  },
  GetSessionToken: ({ state, params, caller, now }) => {
    if (caller.kind === 'role') {
      throw new LocalError('AccessDenied', 'Cannot call GetSessionToken with session credentials', 403);
    }
    const seconds = duration(
      params.get('DurationSeconds'),
      43200,
      900,
      caller.kind === 'root' ? 3600 : 129600,
      'The requested DurationSeconds exceeds the 1 hour session limit for roots.',
    );
    return { Credentials: issue(state, now, seconds, { userName: caller.userName ?? null }) };
  },
};
