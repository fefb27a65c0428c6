/** Source text of `(params) => RuleSetEndpoint` for a parsed endpoint rule set; see compileRuleSet.mjs. */
export function compileRuleSet(
  ruleSet: unknown,
  options?: { partitions?: readonly Record<string, unknown>[] },
): string;
