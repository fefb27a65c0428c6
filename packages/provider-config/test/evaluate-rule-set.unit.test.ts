import { describe, expect, it } from 'vitest';
import { isEndpointResolutionError } from '../src/errors/endpoint-resolution-error.js';
import { evaluateRuleSet } from '../src/rules/evaluate-rule-set.js';
import { getAttr } from '../src/rules/get-attr.js';
import type { Rule, RuleSet } from '../src/rules/rule-set.js';
import { errorOf } from './thrown.js';

const ruleSet = (rules: Rule[]): RuleSet => ({
  version: '1.0',
  parameters: { Region: { type: 'String' }, Flag: { type: 'Boolean', required: true, default: false } },
  rules,
});

describe('evaluateRuleSet', () => {
  it('binds assignments and fills templates, with {{ }} as literal braces', () => {
    const result = evaluateRuleSet(
      ruleSet([
        {
          type: 'endpoint',
          conditions: [{ fn: 'aws.partition', argv: [{ ref: 'Region' }], assign: 'P' }],
          endpoint: {
            url: 'https://x.{Region}.{P#dnsSuffix}/{{literal}}',
            properties: { authSchemes: [{ name: 'sigv4', signingRegion: '{P#implicitGlobalRegion}' }] },
          },
        },
      ]),
      { Region: 'cn-north-1' },
    );
    expect(result).toEqual({
      url: 'https://x.cn-north-1.amazonaws.com.cn/{literal}',
      authSchemes: [{ name: 'sigv4', signingRegion: 'cn-northwest-1' }],
    });
  });

  it('applies parameter defaults and refuses a missing required parameter', () => {
    const rules: Rule[] = [
      {
        type: 'error',
        conditions: [{ fn: 'booleanEquals', argv: [{ ref: 'Flag' }, false] }],
        error: 'flag is off',
      },
    ];
    expect(errorOf(() => evaluateRuleSet(ruleSet(rules), {})).message).toBe('flag is off');
    const strict: RuleSet = { ...ruleSet(rules), parameters: { Flag: { type: 'Boolean', required: true } } };
    expect(errorOf(() => evaluateRuleSet(strict, {})).message).toContain('Flag');
  });

  it('treats a matched tree as terminal', () => {
    const rules: Rule[] = [
      {
        type: 'tree',
        conditions: [],
        rules: [{ type: 'error', conditions: [{ fn: 'isSet', argv: [{ ref: 'Region' }] }], error: 'x' }],
      },
      { type: 'endpoint', conditions: [], endpoint: { url: 'https://never' } },
    ];
    const error = errorOf(() => evaluateRuleSet(ruleSet(rules), {}));
    expect(isEndpointResolutionError(error)).toBe(true);
    expect(error.message).toContain('No endpoint rule matched');
  });

  it('refuses to splice an unset value into a URL', () => {
    const rules: Rule[] = [
      { type: 'endpoint', conditions: [], endpoint: { url: 'https://x.{Region}.example' } },
    ];
    expect(isEndpointResolutionError(errorOf(() => evaluateRuleSet(ruleSet(rules), {})))).toBe(true);
  });

  it('refuses functions it does not implement', () => {
    const rules: Rule[] = [
      { type: 'endpoint', conditions: [{ fn: 'aws.parseArn', argv: ['x'] }], endpoint: { url: 'https://x' } },
    ];
    expect(errorOf(() => evaluateRuleSet(ruleSet(rules), {})).message).toContain('aws.parseArn');
  });
});

describe('getAttr', () => {
  it('follows dotted paths and indexes, and yields undefined for missing steps', () => {
    const value = { a: { b: [{ c: 'deep' }] } };
    expect(getAttr(value, 'a.b[0].c')).toBe('deep');
    expect(getAttr(value, 'a.b[1].c')).toBeUndefined();
    expect(getAttr(value, 'a.missing.c')).toBeUndefined();
    expect(getAttr(value, 'constructor')).toBeUndefined();
  });
});
