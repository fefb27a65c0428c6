/**
 * One service's AWS endpoint rule set, compiled to code by `scripts/compileRuleSet.mjs` (the generated
 * `src/generated/*RuleSet.ts`): the rule set's parameters in, the endpoint it names out. Throws
 * EndpointResolutionError with the rule set's own message when an error rule matches. Performs no
 * validation of its own: callers validate `Region` and `Endpoint` first, since the rules splice `Region`
 * into the host name as is.
 */
export type CompiledRuleSet = (parameters: RuleParameters) => RuleSetEndpoint;

/** Parameter values passed to a rule set, by the rule set's own parameter names (`Region`, `UseFIPS`...). */
export type RuleParameters = Readonly<Record<string, string | boolean | undefined>>;

/** What a rule set resolves to: the URL and the SigV4 auth scheme it names, if any. */
export interface RuleSetEndpoint {
  url: string;
  authSchemes: readonly AuthScheme[];
}

export interface AuthScheme {
  name: string;
  signingName?: string;
  signingRegion?: string;
}
