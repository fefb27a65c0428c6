import { LocalError } from '../server/LocalError.js';

/** One statement of a policy, its single values normalised to lists. */
export interface Statement {
  readonly effect: 'Allow' | 'Deny';
  readonly action?: readonly string[] | undefined;
  readonly notAction?: readonly string[] | undefined;
  readonly resource?: readonly string[] | undefined;
  readonly notResource?: readonly string[] | undefined;
  readonly principal?: unknown;
  readonly condition?: Readonly<Record<string, Readonly<Record<string, unknown>>>> | undefined;
}

const MAX_POLICY_LENGTH = 131072;

const malformed = (message: string) => new LocalError('MalformedPolicyDocument', message, 400);

const list = (value: unknown, field: string): string[] | undefined => {
  if (value === undefined) return undefined;
  const items = Array.isArray(value) ? value : [value];
  if (items.length === 0 || items.some((item) => typeof item !== 'string')) {
    throw malformed(`Syntax errors in policy: ${field} must be a string or a list of strings.`);
  }
  return items as string[];
};

/**
 * Parses and checks a policy document as IAM does before storing it: JSON, a known `Version`,
 * statements with `Effect`, exactly one of `Action`/`NotAction`, and, for identity policies, exactly
 * one of `Resource`/`NotResource` (trust policies need a `Principal` instead). Throws
 * `MalformedPolicyDocument` otherwise.
 */
export function parsePolicyDocument(text: string, kind: 'identity' | 'trust'): Statement[] {
  if (text.length > MAX_POLICY_LENGTH) throw malformed('Cannot exceed quota for PolicySize: 131072');
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    throw malformed('This policy contains invalid Json');
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    throw malformed('Syntax errors in policy.');
  }
  const { Version, Statement: raw } = document as Record<string, unknown>;
  if (Version !== undefined && Version !== '2012-10-17' && Version !== '2008-10-17') {
    throw malformed('The policy failed legacy parsing');
  }
  if (raw === undefined) throw malformed('Syntax errors in policy.');
  const statements = Array.isArray(raw) ? raw : [raw];
  return statements.map((item: unknown) => {
    if (typeof item !== 'object' || item === null) throw malformed('Syntax errors in policy.');
    const s = item as Record<string, unknown>;
    if (s.Effect !== 'Allow' && s.Effect !== 'Deny') throw malformed('Syntax errors in policy.');
    const action = list(s.Action, 'Action');
    const notAction = list(s.NotAction, 'NotAction');
    if ((action === undefined) === (notAction === undefined)) {
      throw malformed('Policy statement must contain actions.');
    }
    const resource = list(s.Resource, 'Resource');
    const notResource = list(s.NotResource, 'NotResource');
    if (kind === 'identity' && (resource === undefined) === (notResource === undefined)) {
      throw malformed('Policy statement must contain resources.');
    }
    if (kind === 'identity' && s.Principal !== undefined) {
      throw malformed('Policy document should not specify a principal.');
    }
    if (kind === 'trust' && s.Principal === undefined && s.NotPrincipal === undefined) {
      throw malformed('AssumeRolepolicy contained an invalid principal: missing Principal.');
    }
    if (s.Condition !== undefined && (typeof s.Condition !== 'object' || s.Condition === null)) {
      throw malformed('Syntax errors in policy.');
    }
    return {
      effect: s.Effect,
      action,
      notAction,
      resource,
      notResource,
      principal: s.Principal,
      condition: s.Condition as Statement['condition'],
    };
  });
}
