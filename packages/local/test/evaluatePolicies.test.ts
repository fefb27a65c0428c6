import { describe, expect, it } from 'vitest';
import { evaluatePolicies } from '../src/policy/evaluatePolicies.js';
import { parsePolicyDocument } from '../src/policy/parsePolicyDocument.js';

const statements = (...list: object[]) =>
  parsePolicyDocument(JSON.stringify({ Version: '2012-10-17', Statement: list }), 'identity');
const USER = 'arn:aws:iam::123456789012:user/alice';
const none = new Map<string, string>();

describe('evaluatePolicies', () => {
  it('denies implicitly, allows by wildcard, and lets an explicit deny win', () => {
    expect(evaluatePolicies([], 'iam:ListUsers', USER, none)).toBe('ImplicitDeny');
    const allow = statements({ Effect: 'Allow', Action: 'IAM:list*', Resource: 'arn:aws:iam::*:user/*' });
    expect(evaluatePolicies(allow, 'iam:ListUsers', USER, none)).toBe('Allow');
    expect(evaluatePolicies(allow, 'iam:ListUsers', 'arn:aws:iam::123456789012:role/r', none)).toBe(
      'ImplicitDeny',
    );
    const withDeny = [...allow, ...statements({ Effect: 'Deny', Action: '*', Resource: USER })];
    expect(evaluatePolicies(withDeny, 'iam:ListUsers', USER, none)).toBe('ExplicitDeny');
  });

  it('reads NotAction and NotResource as everything but the listed ones', () => {
    const all = statements({
      Effect: 'Allow',
      NotAction: 'iam:Delete*',
      NotResource: 'arn:aws:iam::*:role/admin?',
    });
    expect(evaluatePolicies(all, 'iam:CreateUser', USER, none)).toBe('Allow');
    expect(evaluatePolicies(all, 'iam:DeleteUser', USER, none)).toBe('ImplicitDeny');
    expect(evaluatePolicies(all, 'iam:GetRole', 'arn:aws:iam::1:role/admin1', none)).toBe('ImplicitDeny');
    expect(evaluatePolicies(all, 'iam:GetRole', 'arn:aws:iam::1:role/admin12', none)).toBe('Allow');
  });

  it('applies conditions; an unknown operator grants nothing', () => {
    const conditional = statements({
      Effect: 'Allow',
      Action: 'iam:GetUser',
      Resource: '*',
      Condition: { StringLike: { 'aws:username': 'al*' } },
    });
    expect(evaluatePolicies(conditional, 'iam:GetUser', USER, new Map([['aws:username', 'alice']]))).toBe(
      'Allow',
    );
    expect(evaluatePolicies(conditional, 'iam:GetUser', USER, new Map([['aws:username', 'bob']]))).toBe(
      'ImplicitDeny',
    );
    const unknown = statements({
      Effect: 'Allow',
      Action: '*',
      Resource: '*',
      Condition: { NumericLessThan: { 'aws:x': '1' } },
    });
    expect(evaluatePolicies(unknown, 'iam:GetUser', USER, new Map([['aws:x', '0']]))).toBe('ImplicitDeny');
  });

  it('refuses malformed documents as IAM does', () => {
    const bad = (document: object | string) => () =>
      parsePolicyDocument(typeof document === 'string' ? document : JSON.stringify(document), 'identity');
    expect(bad('{')).toThrow('This policy contains invalid Json');
    expect(bad({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Resource: '*' }] })).toThrow(
      'must contain actions',
    );
    expect(bad({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*' }] })).toThrow(
      'must contain resources',
    );
    expect(
      bad({ Version: '2012-10-17', Statement: [{ Effect: 'Maybe', Action: '*', Resource: '*' }] }),
    ).toThrow('Syntax errors');
    expect(bad({ Version: '2099-01-01', Statement: [] })).toThrow();
  });
});
