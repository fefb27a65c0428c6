import { createConfig, lintFromString, type NormalizedProblem } from '@redocly/openapi-core';
import type { JsonObject } from './json.js';

/** Problems Redocly reports, split by severity; a document is publishable when `errors` is empty. */
export interface ValidationResult {
  readonly errors: readonly NormalizedProblem[];
  readonly warnings: readonly NormalizedProblem[];
}

/**
 * Lints a document with Redocly's `recommended` ruleset (structural validity of OpenAPI 3.1 plus rules
 * such as unique operation ids and defined security). Warnings are reported but do not fail generation.
 *
 * @example
 * ```ts
 * const { errors } = await validateDocument(document, 'iam');
 * if (errors.length) throw new Error(formatProblems(errors));
 * ```
 */
export const validateDocument = async (document: JsonObject, name: string): Promise<ValidationResult> => {
  const config = await createConfig({ extends: ['recommended'] });
  const problems = await lintFromString({
    source: JSON.stringify(document),
    absoluteRef: `/virtual/${name}.openapi.json`,
    config,
  });
  return {
    errors: problems.filter((p) => p.severity === 'error'),
    warnings: problems.filter((p) => p.severity !== 'error'),
  };
};

/** One line per problem: rule, location and message; for error reports. */
export const formatProblems = (problems: readonly NormalizedProblem[]): string =>
  problems.map((p) => `${p.ruleId} at ${p.location[0]?.pointer ?? '?'}: ${p.message}`).join('\n');
