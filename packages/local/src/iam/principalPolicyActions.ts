import { parsePolicyDocument } from '../policy/parsePolicyDocument.js';
import { LocalError } from '../server/LocalError.js';
import type { IamGroup, IamRole, IamUser, State } from '../store/State.js';
import type { QueryAction } from './ActionContext.js';
import { find } from './find.js';
import { paginate } from './paginate.js';
import { entityName, required } from './params.js';
import { views } from './views.js';

type Kind = 'User' | 'Group' | 'Role';

const MAX_ATTACHED = 10;

const lookups: Record<Kind, (state: State, name: string) => IamUser | IamGroup | IamRole> = {
  User: find.user,
  Group: find.group,
  Role: find.role,
};

/**
 * The managed-policy attachments and inline policies of users, groups or roles (`kind`):
 * Attach/Detach/ListAttached…Policies and Put/Get/List/Delete…Policy.
 */
export function principalPolicyActions(kind: Kind): Record<string, QueryAction> {
  const nameParam = `${kind}Name`;
  const entity = (state: State, params: ReadonlyMap<string, string>) =>
    lookups[kind](state, entityName(params, nameParam, kind === 'Group' ? 128 : 64));
  return {
    [`Attach${kind}Policy`]: ({ state, params }) => {
      const target = entity(state, params);
      const policy = find.policy(state, required(params, 'PolicyArn'));
      if (!target.attached.includes(policy.arn)) {
        if (target.attached.length >= MAX_ATTACHED) {
          throw new LocalError(
            'LimitExceeded',
            `Cannot exceed quota for PoliciesPer${kind}: ${MAX_ATTACHED}`,
            409,
          );
        }
        target.attached.push(policy.arn);
      }
      return undefined;
    },
    [`Detach${kind}Policy`]: ({ state, params }) => {
      const target = entity(state, params);
      const arn = required(params, 'PolicyArn');
      if (!target.attached.includes(arn))
        throw new LocalError('NoSuchEntity', `Policy ${arn} was not found.`, 404);
      target.attached = target.attached.filter((item) => item !== arn);
      return undefined;
    },
    [`ListAttached${kind}Policies`]: ({ state, params }) => {
      const prefix = params.get('PathPrefix') ?? '/';
      const arnsFound = entity(state, params).attached.filter((arn) =>
        (state.policies[arn]?.path ?? '/').startsWith(prefix),
      );
      const { page, ...more } = paginate(arnsFound, params);
      return { AttachedPolicies: views.attached(state, page), ...more };
    },
    [`Put${kind}Policy`]: ({ state, params }) => {
      const target = entity(state, params);
      const policyName = entityName(params, 'PolicyName', 128);
      const document = required(params, 'PolicyDocument');
      parsePolicyDocument(document, 'identity');
      target.inline[policyName] = document;
      return undefined;
    },
    [`Get${kind}Policy`]: ({ state, params }) => {
      const target = entity(state, params);
      const policyName = entityName(params, 'PolicyName', 128);
      const document = target.inline[policyName];
      if (document === undefined) {
        throw new LocalError(
          'NoSuchEntity',
          `The ${kind.toLowerCase()} policy with name ${policyName} cannot be found.`,
          404,
        );
      }
      return {
        [nameParam]: target.name,
        PolicyName: policyName,
        PolicyDocument: encodeURIComponent(document),
      };
    },
    [`List${kind}Policies`]: ({ state, params }) => {
      const { page, ...more } = paginate(Object.keys(entity(state, params).inline).sort(), params);
      return { PolicyNames: page, ...more };
    },
    [`Delete${kind}Policy`]: ({ state, params }) => {
      const target = entity(state, params);
      const policyName = entityName(params, 'PolicyName', 128);
      if (target.inline[policyName] === undefined) {
        throw new LocalError(
          'NoSuchEntity',
          `The ${kind.toLowerCase()} policy with name ${policyName} cannot be found.`,
          404,
        );
      }
      delete target.inline[policyName];
      return undefined;
    },
  };
}
