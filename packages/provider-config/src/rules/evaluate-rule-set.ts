import { EndpointResolutionError } from '../errors/endpoint-resolution-error.js';
import { getAttr } from './get-attr.js';
import { awsPartition } from './partition.js';
import type {
  AuthScheme,
  Condition,
  EndpointRule,
  ErrorRule,
  Expression,
  Rule,
  RuleParameters,
  RuleSet,
  RuleSetEndpoint,
  TreeRule,
} from './rule-set.js';

type Scope = Map<string, unknown>;

const FUNCTIONS: Readonly<Record<string, (...args: unknown[]) => unknown>> = {
  isSet: (value) => value !== undefined && value !== null,
  not: (value) => value !== true,
  booleanEquals: (a, b) => a === b,
  stringEquals: (a, b) => a === b,
  getAttr: (value, path) => getAttr(value, String(path)),
  'aws.partition': (region) => (typeof region === 'string' ? awsPartition(region) : undefined),
};

/**
 * Evaluates an AWS endpoint rule set (Smithy rules engine 1.0, the subset AWS's IAM, Cognito and STS rule
 * sets use) for the given parameters. Performs no validation of its own: callers validate `Region` and
 * `Endpoint` first, since the rule sets splice `Region` into the host name as is.
 *
 * @throws EndpointResolutionError with the rule set's own message when an error rule matches.
 * @example
 * ```ts
 * evaluateRuleSet(iamRuleSet, { Region: 'eu-west-1', UseFIPS: false, UseDualStack: false });
 * // { url: 'https://iam.amazonaws.com', authSchemes: [{ name: 'sigv4', signingRegion: 'us-east-1' }] }
 * ```
 */
export function evaluateRuleSet(ruleSet: RuleSet, parameters: RuleParameters): RuleSetEndpoint {
  const scope: Scope = new Map();
  for (const [name, spec] of Object.entries(ruleSet.parameters)) {
    const value = parameters[name] ?? spec.default;
    if (value === undefined && spec.required) {
      throw new EndpointResolutionError(`Missing required endpoint parameter ${name}`);
    }
    scope.set(name, value);
  }
  const result = evaluateRules(ruleSet.rules, scope);
  if (!result) throw new EndpointResolutionError('No endpoint rule matched the parameters');
  return result;
}

function evaluateRules(rules: readonly Rule[], outer: Scope): RuleSetEndpoint | undefined {
  for (const rule of rules) {
    const scope = new Map(outer);
    if (!rule.conditions.every((condition) => evaluateCondition(condition, scope))) continue;
    if ('endpoint' in rule) return endpointOf(rule, scope);
    if ('error' in rule)
      throw new EndpointResolutionError(String(evaluate((rule as ErrorRule).error, scope)));
    const inner = evaluateRules((rule as TreeRule).rules, scope);
    // A tree whose conditions matched is terminal: falling through to later siblings would be wrong.
    if (!inner) throw new EndpointResolutionError('No endpoint rule matched the parameters');
    return inner;
  }
  return undefined;
}

function evaluateCondition(condition: Condition, scope: Scope): boolean {
  const value = evaluate(condition, scope);
  if (value === undefined || value === null || value === false) return false;
  if (condition.assign) scope.set(condition.assign, value);
  return true;
}

function evaluate(expression: Expression, scope: Scope): unknown {
  if (typeof expression === 'string') return template(expression, scope);
  if (typeof expression !== 'object') return expression;
  if ('ref' in expression) return scope.get(expression.ref);
  const fn = FUNCTIONS[expression.fn];
  if (!fn) throw new EndpointResolutionError(`Unsupported rule-set function ${expression.fn}`);
  return fn(...expression.argv.map((argument) => evaluate(argument, scope)));
}

// `{Name}` and `{Name#path}` are replaced; `{{` and `}}` are literal braces.
function template(text: string, scope: Scope): string {
  return text.replace(/\{\{|\}\}|\{([^{}]+)\}/g, (match, body: string | undefined) => {
    if (body === undefined) return match[0] ?? '';
    const [name = '', path] = body.split('#');
    const value = path === undefined ? scope.get(name) : getAttr(scope.get(name), path);
    // Never splice "undefined" into a host name: a template naming an unset value is a rule-set bug.
    if (typeof value !== 'string') throw new EndpointResolutionError(`Template value {${body}} is not set`);
    return value;
  });
}

function endpointOf(rule: EndpointRule, scope: Scope): RuleSetEndpoint {
  const url = String(evaluate(rule.endpoint.url, scope));
  const schemes = getAttr(rule.endpoint.properties, 'authSchemes');
  const authSchemes = Array.isArray(schemes)
    ? schemes.map((scheme: Record<string, unknown>) => {
        const out: AuthScheme = { name: String(scheme.name) };
        if (typeof scheme.signingName === 'string') out.signingName = template(scheme.signingName, scope);
        if (typeof scheme.signingRegion === 'string')
          out.signingRegion = template(scheme.signingRegion, scope);
        return out;
      })
    : [];
  return { url, authSchemes };
}
