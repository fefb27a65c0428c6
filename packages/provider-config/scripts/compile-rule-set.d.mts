/** Source text of `(params) => RuleSetEndpoint` for a parsed endpoint rule set; see compile-rule-set.mjs. */
export function compileRuleSet(
  ruleSet: unknown,
  options?: { partitions?: readonly Record<string, unknown>[] },
): string;
