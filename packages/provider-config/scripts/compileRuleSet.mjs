// Compiles an AWS endpoint rule set (Smithy rules engine 1.0) into the source of one plain JavaScript
// function of the rule set's parameters, so a bundle carries a few hundred bytes of code per service
// instead of the rule set's data plus an interpreter for it.
//
// The output is an arrow function expression, valid as JavaScript and as TypeScript when given a
// contextual type, that calls two helpers in scope: `partition(region)` (the rules' `aws.partition`) and
// `fail(message)` (throws EndpointResolutionError). Semantics are the rules engine's:
// - rules are tried in order; the first whose conditions all hold decides, and a tree rule whose
//   conditions hold but none of whose rules match fails with "No endpoint rule matched the parameters";
// - a condition holds unless its value is undefined, null or false; `assign` binds the value for the
//   conditions after it and the rule's body;
// - a parameter missing (undefined or null) takes its default; a required one without a default fails;
// - strings are templates: `{Name}` / `{Name#attr}` splice a value in, `{{` and `}}` are literal braces,
//   and a value that is not a string at run time fails with "Template value {...} is not set".
// Anything outside the subset AWS's IAM, Cognito and STS rule sets use throws here, at generation time.
//
// Given the partitions `partition()` can return (`options.partitions`, the same partitions.json the
// runtime's table is generated from), a boolean attribute every partition agrees on (`supportsFIPS`...)
// is folded to its value, and so are the conditions it decides: a branch no partition can reach (an
// error for a partition without FIPS, when none lacks it) is not emitted.

const NO_MATCH = 'No endpoint rule matched the parameters';
// Attributes of `aws.partition`'s result, and whether they are strings (the others are booleans).
const PARTITION_ATTRIBUTES = {
  name: true,
  dnsSuffix: true,
  dualStackDnsSuffix: true,
  implicitGlobalRegion: true,
  supportsFIPS: false,
  supportsDualStack: false,
};
// The generated function's own names, the globals it uses and JavaScript's reserved words; names on
// Object.prototype are refused too, as `params.constructor` would read the prototype's.
const RESERVED = new Set(
  (
    'partition fail params String undefined NaN Infinity arguments eval await break case catch class const ' +
    'continue debugger default delete do else enum export extends false finally for function if implements ' +
    'import in instanceof interface let new null package private protected public return static super switch ' +
    'this throw true try typeof var void while with yield'
  ).split(' '),
);
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

const unsupported = (what) => {
  throw new Error(`rule set uses ${what}, which scripts/compileRuleSet.mjs does not compile`);
};
const str = (text) => JSON.stringify(text);
const identifier = (name) => {
  if (!IDENTIFIER.test(name) || RESERVED.has(name) || name in Object.prototype) {
    unsupported(`the name ${str(name)}`);
  }
  return name;
};

/**
 * Source text of `(params) => RuleSetEndpoint` for a rule set (documentation strings may be present).
 *
 * @param {object} ruleSet the parsed endpoint-rule-set-1.json
 * @param {{ partitions?: readonly Record<string, unknown>[] }} [options] the outputs of every partition
 *   `partition()` can return, to fold the attributes they all share
 * @returns {string}
 */
export function compileRuleSet(ruleSet, options = {}) {
  if (ruleSet.version !== '1.0') unsupported(`version ${str(ruleSet.version)}`);
  const lines = [];
  // Names known to hold a string: parameters tested with isSet, or given a string default.
  const strings = new Set();
  const partitions = new Set();
  for (const [name, spec] of Object.entries(ruleSet.parameters)) {
    const local = identifier(name);
    const fallback = spec.default === undefined ? '' : ` ?? ${JSON.stringify(spec.default)}`;
    lines.push(`const ${local} = params.${local}${fallback};`);
    if (spec.required && spec.default === undefined) {
      lines.push(`if (${local} == null) return fail(${str(`Missing required endpoint parameter ${name}`)});`);
    }
    if (typeof spec.default === 'string') strings.add(name);
  }
  const assigned = new Set();
  collectAssignments(ruleSet.rules, assigned);
  for (const name of [...assigned].sort()) lines.push(`let ${identifier(name)};`);
  const stringParams = new Set(
    Object.entries(ruleSet.parameters)
      .filter(([, spec]) => spec.type.toLowerCase() === 'string')
      .map(([name]) => name),
  );
  const constants = new Map();
  for (const [attribute, isString] of Object.entries(PARTITION_ATTRIBUTES)) {
    const values = new Set((options.partitions ?? []).map((outputs) => outputs[attribute]));
    const [value] = values;
    if (!isString && values.size === 1 && typeof value === 'boolean') constants.set(attribute, String(value));
  }
  const context = {
    constants,
    strings,
    partitions,
    params: new Set(Object.keys(ruleSet.parameters)),
    stringParams,
  };
  lines.push(...compileRules(ruleSet.rules, context, ''));
  return `(params) => {\n${lines.map((line) => `  ${line}`).join('\n')}\n}`;
}

function collectAssignments(rules, into) {
  for (const rule of rules) {
    for (const condition of rule.conditions) if (condition.assign) into.add(condition.assign);
    if (rule.type === 'tree') collectAssignments(rule.rules, into);
  }
}

// Statements for a list of rules; ends in a return whenever control could fall off the end.
function compileRules(rules, context, indent) {
  const out = [];
  for (const rule of rules) {
    const scope = { ...context, strings: new Set(context.strings), partitions: new Set(context.partitions) };
    const tests = rule.conditions
      .map((condition) => compileCondition(condition, scope))
      .filter((test) => test !== 'true');
    if (tests.includes('false')) continue;
    const body = compileBody(rule, scope);
    if (tests.length === 0) {
      out.push(...body.map((line) => indent + line));
      return out;
    }
    out.push(`${indent}if (${tests.join(' && ')}) {`);
    out.push(...body.map((line) => `${indent}  ${line}`));
    out.push(`${indent}}`);
  }
  out.push(`${indent}return fail(${str(NO_MATCH)});`);
  return out;
}

function compileBody(rule, scope) {
  switch (rule.type) {
    case 'endpoint':
      return [`return ${compileEndpoint(rule.endpoint, scope)};`];
    case 'error':
      return [`return fail(${compileString(rule.error, scope)});`];
    case 'tree':
      return compileRules(rule.rules, scope, '');
    default:
      return unsupported(`rule type ${str(rule.type)}`);
  }
}

function compileEndpoint(endpoint, scope) {
  const url = compileString(endpoint.url, scope);
  const schemes = endpoint.properties?.authSchemes ?? [];
  if (!Array.isArray(schemes)) unsupported('non-list authSchemes');
  const compiled = schemes.map((scheme) => {
    if (typeof scheme.name !== 'string') unsupported('an auth scheme without a name');
    const fields = [`name: ${str(scheme.name)}`];
    for (const key of ['signingName', 'signingRegion']) {
      if (typeof scheme[key] === 'string') fields.push(`${key}: ${compileTemplate(scheme[key], scope)}`);
    }
    return `{ ${fields.join(', ')} }`;
  });
  return `{ url: ${url}, authSchemes: [${compiled.join(', ')}] }`;
}

// A string-valued expression: a template, or a reference to a string.
function compileString(expression, scope) {
  if (typeof expression === 'string') return compileTemplate(expression, scope);
  if (expression && typeof expression === 'object' && 'ref' in expression) {
    return stringValue(expression.ref, compileExpression(expression, scope), scope);
  }
  return unsupported(`the string expression ${str(JSON.stringify(expression))}`);
}

function stringValue(name, code, scope) {
  if (scope.strings.has(name)) return `String(${code})`;
  return `(typeof ${code} === "string" ? ${code} : fail(${str(`Template value {${name}} is not set`)}))`;
}

function compileTemplate(text, scope) {
  const parts = [];
  let literal = '';
  let last = 0;
  for (const match of text.matchAll(/\{\{|\}\}|\{([^{}]+)\}/g)) {
    literal += text.slice(last, match.index);
    last = match.index + match[0].length;
    if (match[1] === undefined) {
      literal += match[0][0];
      continue;
    }
    const [name, attribute, extra] = match[1].split('#');
    if (extra !== undefined) unsupported(`the template ${str(match[0])}`);
    parts.push(literal, templateValue(name, attribute, match[1], scope));
    literal = '';
  }
  literal += text.slice(last);
  if (parts.length === 0) return str(literal);
  parts.push(literal);
  // A template that is one partition attribute and nothing else: the attribute itself (a string).
  const [before, only, after] = parts;
  if (parts.length === 3 && before === '' && after === '' && only.includes('.')) return only;
  // A template literal would turn a raw CR into LF: written as an escape.
  const quoted = (chunk) => chunk.replace(/[\\`$]/g, (c) => `\\${c}`).replace(/\r/g, '\\r');
  return `\`${parts.map((part, i) => (i % 2 ? `\${${part}}` : quoted(part))).join('')}\``;
}

function templateValue(name, attribute, body, scope) {
  if (attribute === undefined) {
    const code = reference(name, scope);
    return scope.strings.has(name)
      ? code
      : `typeof ${code} === "string" ? ${code} : fail(${str(`Template value {${body}} is not set`)})`;
  }
  if (!scope.partitions.has(name) || PARTITION_ATTRIBUTES[attribute] !== true) {
    unsupported(`the template {${body}}`);
  }
  return `${name}.${attribute}`;
}

// A name is usable where the interpreter would have it: a parameter, or a partition assigned by an
// earlier condition of this rule or of the rules enclosing it (not by a sibling, whose binding may be stale).
function reference(name, scope) {
  if (!scope.params.has(name) && !scope.partitions.has(name))
    unsupported(`the reference ${name} out of scope`);
  return identifier(name);
}

// A condition as a JavaScript test; records what it proves for the conditions after it and the body.
function compileCondition(condition, scope) {
  if (condition.assign !== undefined) {
    if (condition.fn !== 'aws.partition') unsupported(`assign on ${condition.fn}`);
    const code = `(${identifier(condition.assign)} = ${compileExpression(condition, scope)})`;
    scope.partitions.add(condition.assign);
    return code;
  }
  const code = compileExpression(condition, scope);
  if (condition.fn === 'isSet' && condition.argv[0]?.ref !== undefined) {
    const name = condition.argv[0].ref;
    if (scope.stringParams.has(name)) scope.strings.add(name);
  }
  return BOOLEAN_FUNCTIONS.has(condition.fn) ? code : `${code} != null && ${code} !== false`;
}

const BOOLEAN_FUNCTIONS = new Set(['isSet', 'not', 'booleanEquals', 'stringEquals']);
const isLiteral = (code) => code === 'true' || code === 'false' || /^"(?:[^"\\]|\\.)*"$/.test(code);

function compileExpression(expression, scope) {
  if (typeof expression === 'string') return compileTemplate(expression, scope);
  if (typeof expression === 'boolean' || typeof expression === 'number') return JSON.stringify(expression);
  if (!expression || typeof expression !== 'object')
    return unsupported(`the value ${str(String(expression))}`);
  if ('ref' in expression) return reference(expression.ref, scope);
  const argv = expression.argv ?? [];
  const arg = (i) => compileExpression(argv[i], scope);
  switch (expression.fn) {
    case 'isSet':
      return `${arg(0)} != null`;
    case 'not': {
      const inner = arg(0);
      if (inner === 'true' || inner === 'false') return String(inner === 'false');
      return BOOLEAN_FUNCTIONS.has(argv[0]?.fn) ? `!(${inner})` : `${inner} !== true`;
    }
    case 'booleanEquals':
    case 'stringEquals': {
      const [a, b] = [arg(0), arg(1)];
      // Two literals (a folded attribute against a constant) decide the test here.
      if (isLiteral(a) && isLiteral(b)) return String(a === b);
      return `${a} === ${b}`;
    }
    case 'getAttr': {
      const [target, attribute] = argv;
      if (!scope.partitions.has(target?.ref) || !(attribute in PARTITION_ATTRIBUTES)) {
        unsupported(`getAttr ${str(JSON.stringify(argv))}`);
      }
      return scope.constants.get(attribute) ?? `${target.ref}.${attribute}`;
    }
    case 'aws.partition':
      return `partition(${arg(0)})`;
    default:
      return unsupported(`the rule function ${str(String(expression.fn))}`);
  }
}
