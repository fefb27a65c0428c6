import { ids, isoSeconds } from '../ids.js';
import { LocalError } from '../server/LocalError.js';
import type { ActionContext, QueryAction } from './ActionContext.js';
import { find } from './find.js';
import { paginate } from './paginate.js';
import { required } from './params.js';

const MAX_KEYS_PER_USER = 2;

/** The user a key action is about: `UserName`, else the calling user. */
const targetUser = ({ state, params, caller }: ActionContext): string => {
  const name = params.get('UserName') ?? caller.userName;
  if (name === undefined) {
    throw new LocalError('ValidationError', 'Must specify userName when calling with non-User credentials');
  }
  return find.user(state, name).name;
};

const findKey = (context: ActionContext) => {
  const userName = targetUser(context);
  const id = required(context.params, 'AccessKeyId');
  const key = context.state.accessKeys[id];
  if (!key || key.userName !== userName) {
    throw new LocalError('NoSuchEntity', `The Access Key with id ${id} cannot be found.`, 404);
  }
  return [id, key] as const;
};

/** Long-term access keys of IAM users (at most two each). */
export const accessKeyActions: Record<string, QueryAction> = {
  CreateAccessKey: (context) => {
    const userName = targetUser(context);
    const { state, now } = context;
    const count = Object.values(state.accessKeys).filter((key) => key.userName === userName).length;
    if (count >= MAX_KEYS_PER_USER) {
      throw new LocalError(
        'LimitExceeded',
        `Cannot exceed quota for AccessKeysPerUser: ${MAX_KEYS_PER_USER}`,
        409,
      );
    }
    const id = ids.accessKeyId('AKIA');
    const key = { secret: ids.secret(), userName, status: 'Active' as const, created: isoSeconds(now) };
    state.accessKeys[id] = key;
    return {
      AccessKey: {
        UserName: userName,
        AccessKeyId: id,
        Status: key.status,
        SecretAccessKey: key.secret,
        CreateDate: key.created,
      },
    };
  },
  ListAccessKeys: (context) => {
    const userName = targetUser(context);
    const keys = Object.entries(context.state.accessKeys).filter(([, key]) => key.userName === userName);
    const { page, ...more } = paginate(keys, context.params);
    return {
      AccessKeyMetadata: page.map(([id, key]) => ({
        UserName: userName,
        AccessKeyId: id,
        Status: key.status,
        CreateDate: key.created,
      })),
      ...more,
    };
  },
  UpdateAccessKey: (context) => {
    const [, key] = findKey(context);
    const status = required(context.params, 'Status');
    if (status !== 'Active' && status !== 'Inactive') {
      throw new LocalError(
        'ValidationError',
        `1 validation error detected: Value '${status}' at 'status' failed to satisfy constraint: Member must satisfy enum value set: [Active, Inactive]`,
      );
    }
    key.status = status;
    return undefined;
  },
  DeleteAccessKey: (context) => {
    const [id] = findKey(context);
    delete context.state.accessKeys[id];
    return undefined;
  },
  GetAccessKeyLastUsed: ({ state, params }) => {
    const id = required(params, 'AccessKeyId');
    const key = state.accessKeys[id];
    if (!key) throw new LocalError('AccessDenied', 'The access key is not valid.', 403);
    return { UserName: key.userName ?? undefined, AccessKeyLastUsed: { ServiceName: 'N/A', Region: 'N/A' } };
  },
};
