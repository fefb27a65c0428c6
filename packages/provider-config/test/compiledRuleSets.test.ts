import { describe, expect, it } from 'vitest';
import { isEndpointResolutionError } from '../src/errors/EndpointResolutionError.js';
import { cognitoIdpRuleSet } from '../src/generated/cognitoIdpRuleSet.js';
import { iamRuleSet } from '../src/generated/iamRuleSet.js';
import { stsRuleSet } from '../src/generated/stsRuleSet.js';
import type { CompiledRuleSet } from '../src/rules/CompiledRuleSet.js';
import { loadEndpointTests } from './support/sharedVectors.js';

const ruleSets: Record<string, CompiledRuleSet> = {
  iam: iamRuleSet,
  'cognito-idp': cognitoIdpRuleSet,
  sts: stsRuleSet,
};

describe.each(Object.keys(ruleSets))(
  'AWS endpoint tests for %s, through the compiled rule set',
  (service) => {
    const cases = loadEndpointTests(service);
    it.skipIf(cases === undefined)('has test cases', () => {
      expect(cases?.length).toBeGreaterThan(20);
    });
    it.each((cases ?? []).map((testCase) => [testCase.documentation, testCase] as const))(
      '%s',
      (_, testCase) => {
        const ruleSet = ruleSets[service]!;
        const run = () => ruleSet(testCase.params ?? {});
        if ('error' in testCase.expect) {
          let thrown: unknown;
          try {
            run();
          } catch (error) {
            thrown = error;
          }
          expect(isEndpointResolutionError(thrown)).toBe(true);
          expect((thrown as Error).message).toBe(testCase.expect.error);
          return;
        }
        const result = run();
        expect(result.url).toBe(testCase.expect.endpoint.url);
        const expectedSchemes = testCase.expect.endpoint.properties?.authSchemes ?? [];
        expect(result.authSchemes).toEqual(expectedSchemes);
      },
    );
  },
);
