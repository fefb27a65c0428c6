import type { Caller } from '../iam/ActionContext.js';
import type { State } from '../store/State.js';
import { parsePolicyDocument, type Statement } from './parsePolicyDocument.js';

const documentsOf = (
  state: State,
  entity: { inline: Record<string, string>; attached: string[] },
): string[] => [
  ...Object.values(entity.inline),
  ...entity.attached.flatMap((arn) => {
    const policy = state.policies[arn];
    const version = policy?.versions.find((item) => item.id === policy.defaultVersion);
    return version ? [version.document] : [];
  }),
];

/**
 * The identity-based policy statements that apply to a caller: a user's inline and attached
 * policies and those of its groups; an assumed role's inline and attached policies.
 */
export function callerStatements(state: State, caller: Caller): Statement[] {
  const documents: string[] = [];
  if (caller.kind === 'user' && caller.userName !== undefined) {
    const user = state.users[caller.userName];
    if (user) documents.push(...documentsOf(state, user));
    for (const group of Object.values(state.groups)) {
      if (group.members.includes(caller.userName)) documents.push(...documentsOf(state, group));
    }
  } else if (caller.kind === 'role' && caller.roleName !== undefined) {
    const role = state.roles[caller.roleName];
    if (role) documents.push(...documentsOf(state, role));
  }
  // Stored documents were validated when stored.
  return documents.flatMap((document) => parsePolicyDocument(document, 'identity'));
}
