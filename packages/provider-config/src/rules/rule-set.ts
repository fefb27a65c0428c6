/**
 * The subset of the Smithy endpoint rule-set language (version 1.0) that AWS's rule sets for IAM,
 * Cognito user pools and STS use. `scripts/generate.mjs` refuses rule sets that need more.
 */
export interface RuleSet {
  version: string;
  parameters: Readonly<Record<string, ParameterSpec>>;
  rules: readonly Rule[];
}

export interface ParameterSpec {
  type: string;
  required?: boolean;
  default?: string | boolean;
  builtIn?: string;
}

/** A literal (strings are templates such as `"https://iam.{Region}"`), a reference or a function call. */
export type Expression = string | boolean | number | Reference | FunctionCall;

export interface Reference {
  ref: string;
}

export interface FunctionCall {
  fn: string;
  argv: readonly Expression[];
}

export interface Condition extends FunctionCall {
  assign?: string;
}

export type Rule = EndpointRule | ErrorRule | TreeRule;

export interface EndpointRule {
  type: 'endpoint' | string;
  conditions: readonly Condition[];
  endpoint: {
    url: Expression;
    properties?: Readonly<Record<string, unknown>>;
    headers?: Readonly<Record<string, unknown>>;
  };
}

export interface ErrorRule {
  type: 'error' | string;
  conditions: readonly Condition[];
  error: Expression;
}

export interface TreeRule {
  type: 'tree' | string;
  conditions: readonly Condition[];
  rules: readonly Rule[];
}

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
