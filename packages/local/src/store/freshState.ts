import { isoSeconds } from '../isoSeconds.js';
import type { Credentials } from '../rootCredentials.js';
import type { State } from './State.js';

/** A new, empty account: only the root access key exists. */
export function freshState(accountId: string, root: Credentials, now: number): State {
  return {
    version: 1,
    accountId,
    root: { accessKeyId: root.accessKeyId },
    users: {},
    groups: {},
    roles: {},
    policies: {},
    instanceProfiles: {},
    accessKeys: {
      [root.accessKeyId]: {
        secret: root.secretAccessKey,
        userName: null,
        status: 'Active',
        created: isoSeconds(now),
      },
    },
    sessions: {},
    userPools: {},
    refreshTokens: {},
  };
}
