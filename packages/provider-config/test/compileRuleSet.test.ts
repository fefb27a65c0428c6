import { describe, expect, it } from 'vitest';
import { compileRuleSet } from '../scripts/compileRuleSet.mjs';
import { isEndpointResolutionError } from '../src/errors/EndpointResolutionError.js';
import type { CompiledRuleSet } from '../src/rules/CompiledRuleSet.js';
import { fail } from '../src/rules/fail.js';
import { awsPartition } from '../src/rules/partition.js';
import { errorOf } from './support/thrown.js';

type Rule = Record<string, unknown>;

const ruleSet = (rules: Rule[], parameters?: Record<string, unknown>) => ({
  version: '1.0',
  parameters: parameters ?? {
    Region: { type: 'String' },
    Flag: { type: 'Boolean', required: true, default: false },
  },
  rules,
});

// Runs the compiled source with the helpers the generated modules import.
const compile = (rules: Rule[], parameters?: Record<string, unknown>): CompiledRuleSet =>
  new Function('partition', 'fail', `return ${compileRuleSet(ruleSet(rules, parameters))};`)(
    awsPartition,
    fail,
  );

describe('compileRuleSet', () => {
  it('binds assignments and fills templates, with {{ }} as literal braces', () => {
    const resolve = compile([
      {
        type: 'endpoint',
        conditions: [{ fn: 'aws.partition', argv: [{ ref: 'Region' }], assign: 'P' }],
        endpoint: {
          url: 'https://x.{Region}.{P#dnsSuffix}/{{literal}}`$\\',
          properties: { authSchemes: [{ name: 'sigv4', signingRegion: '{P#implicitGlobalRegion}' }] },
        },
      },
    ]);
    expect(resolve({ Region: 'cn-north-1' })).toEqual({
      url: 'https://x.cn-north-1.amazonaws.com.cn/{literal}`$\\',
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
    expect(errorOf(() => compile(rules)({})).message).toBe('flag is off');
    const strict = compile(rules, { Flag: { type: 'Boolean', required: true } });
    expect(errorOf(() => strict({})).message).toBe('Missing required endpoint parameter Flag');
  });

  it('treats a matched tree as terminal', () => {
    const resolve = compile([
      {
        type: 'tree',
        conditions: [],
        rules: [{ type: 'error', conditions: [{ fn: 'isSet', argv: [{ ref: 'Region' }] }], error: 'x' }],
      },
      { type: 'endpoint', conditions: [], endpoint: { url: 'https://never' } },
    ]);
    const error = errorOf(() => resolve({}));
    expect(isEndpointResolutionError(error)).toBe(true);
    expect(error.message).toBe('No endpoint rule matched the parameters');
  });

  it('tries rules in order, and fails when none matches', () => {
    const resolve = compile([
      {
        type: 'endpoint',
        conditions: [
          { fn: 'isSet', argv: [{ ref: 'Region' }] },
          { fn: 'not', argv: [{ fn: 'stringEquals', argv: [{ ref: 'Region' }, 'us-east-1'] }] },
        ],
        endpoint: { url: 'https://first.{Region}' },
      },
      {
        type: 'endpoint',
        conditions: [{ fn: 'stringEquals', argv: [{ ref: 'Region' }, 'us-east-1'] }],
        endpoint: { url: { ref: 'Region' } },
      },
    ]);
    expect(resolve({ Region: 'eu-west-1' })).toEqual({ url: 'https://first.eu-west-1', authSchemes: [] });
    expect(resolve({ Region: 'us-east-1' }).url).toBe('us-east-1');
    expect(isEndpointResolutionError(errorOf(() => resolve({})))).toBe(true);
  });

  it('refuses to splice an unset value into a URL', () => {
    const resolve = compile([
      { type: 'endpoint', conditions: [], endpoint: { url: 'https://x.{Region}.example' } },
    ]);
    const error = errorOf(() => resolve({}));
    expect(isEndpointResolutionError(error)).toBe(true);
    expect(error.message).toBe('Template value {Region} is not set');
    expect(resolve({ Region: 'eu-west-1' }).url).toBe('https://x.eu-west-1.example');
  });

  it('folds partition attributes every partition shares, and leaves out the branches they rule out', () => {
    const rules: Rule[] = [
      {
        type: 'tree',
        conditions: [{ fn: 'aws.partition', argv: [{ ref: 'Region' }], assign: 'P' }],
        rules: [
          {
            type: 'endpoint',
            conditions: [
              { fn: 'booleanEquals', argv: [{ fn: 'getAttr', argv: [{ ref: 'P' }, 'supportsFIPS'] }, true] },
            ],
            endpoint: { url: 'https://fips.{P#dnsSuffix}' },
          },
          { type: 'error', conditions: [], error: 'no FIPS here' },
        ],
      },
    ];
    const all = [{ supportsFIPS: true }, { supportsFIPS: true }];
    const folded = compileRuleSet(ruleSet(rules), { partitions: all });
    expect(folded).not.toContain('no FIPS here');
    expect(folded).not.toContain('supportsFIPS');
    const mixed = compileRuleSet(ruleSet(rules), { partitions: [...all, { supportsFIPS: false }] });
    expect(mixed).toContain('no FIPS here');
    for (const source of [folded, mixed]) {
      const resolve = new Function('partition', 'fail', `return ${source};`)(
        awsPartition,
        fail,
      ) as CompiledRuleSet;
      expect(resolve({ Region: 'eu-west-1' }).url).toBe('https://fips.amazonaws.com');
    }
  });

  it('keeps a carriage return in a URL template as written', () => {
    const resolve = compile([
      { type: 'endpoint', conditions: [], endpoint: { url: 'https://x/a\rb{Region}' } },
    ]);
    expect(resolve({ Region: 'r' }).url).toBe('https://x/a\rbr');
  });

  it('refuses, at generation time, functions, references and attributes it does not compile', () => {
    const endpoint = { url: 'https://x' };
    const cases: Rule[][] = [
      [{ type: 'endpoint', conditions: [{ fn: 'aws.parseArn', argv: ['x'] }], endpoint }],
      [{ type: 'endpoint', conditions: [{ fn: 'isSet', argv: [{ ref: 'Nope' }] }], endpoint }],
      [{ type: 'endpoint', conditions: [], endpoint: { url: 'https://{Region#a.b}' } }],
      [
        {
          type: 'endpoint',
          conditions: [{ fn: 'getAttr', argv: [{ ref: 'Region' }, 'name'] }],
          endpoint,
        },
      ],
    ];
    // A sibling's assignment: the interpreter would not have it here (it may be a stale binding).
    cases.push([
      {
        type: 'endpoint',
        conditions: [
          { fn: 'aws.partition', argv: [{ ref: 'Region' }], assign: 'P' },
          { fn: 'booleanEquals', argv: [{ ref: 'Flag' }, true] },
        ],
        endpoint,
      },
      {
        type: 'endpoint',
        conditions: [{ fn: 'isSet', argv: [{ ref: 'P' }] }],
        endpoint: { url: 'https://stale' },
      },
    ]);
    for (const rules of cases) expect(() => compileRuleSet(ruleSet(rules))).toThrow(/does not compile/);
    for (const name of ['constructor', 'toString', 'String', 'undefined', 'return']) {
      expect(() => compileRuleSet(ruleSet([], { [name]: { type: 'String' } })), name).toThrow(
        /does not compile/,
      );
    }
    expect(() => compileRuleSet({ ...ruleSet([]), version: '2.0' })).toThrow(/version/);
    expect(() => compileRuleSet(ruleSet([], { 'bad-name': { type: 'String' } }))).toThrow(/bad-name/);
  });
});
