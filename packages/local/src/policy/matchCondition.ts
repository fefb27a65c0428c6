import { matchWildcard } from './matchWildcard.js';

/** Request context keys (`aws:username`, `sts:ExternalId`, …); names compare case-insensitively. */
export type ConditionContext = ReadonlyMap<string, string>;

type Test = (actual: string, expected: string) => boolean;

const OPERATORS: Record<string, Test> = {
  StringEquals: (a, e) => a === e,
  StringNotEquals: (a, e) => a !== e,
  StringEqualsIgnoreCase: (a, e) => a.toLowerCase() === e.toLowerCase(),
  StringLike: (a, e) => matchWildcard(e, a, false),
  StringNotLike: (a, e) => !matchWildcard(e, a, false),
  ArnEquals: (a, e) => a === e,
  ArnLike: (a, e) => matchWildcard(e, a, false),
  Bool: (a, e) => a.toLowerCase() === e.toLowerCase(),
};

const NEGATED = new Set(['StringNotEquals', 'StringNotLike']);

/**
 * Whether a statement's `Condition` block holds: every operator, every key; a key with several
 * values matches any of them (all of them for the negated operators). The `IfExists` suffix lets a
 * missing key pass. Unknown operators never match, so an Allow that depends on one grants nothing.
 */
export function matchCondition(
  condition: Readonly<Record<string, Readonly<Record<string, unknown>>>>,
  context: ConditionContext,
): boolean {
  return Object.entries(condition).every(([rawOperator, keys]) => {
    const ifExists = rawOperator.endsWith('IfExists');
    const operator = ifExists ? rawOperator.slice(0, -'IfExists'.length) : rawOperator;
    const test = OPERATORS[operator];
    if (!test || typeof keys !== 'object' || keys === null) return false;
    return Object.entries(keys).every(([key, expected]) => {
      const actual = context.get(key.toLowerCase());
      if (actual === undefined) return ifExists || NEGATED.has(operator);
      const values = (Array.isArray(expected) ? expected : [expected]).map(String);
      return NEGATED.has(operator)
        ? values.every((v) => test(actual, v))
        : values.some((v) => test(actual, v));
    });
  });
}
