/**
 * `getAttr` of the rule-set standard library: a dotted path with optional `[index]` parts, e.g.
 * `name`, `authSchemes[0].signingRegion`. Missing steps yield `undefined`.
 */
export function getAttr(value: unknown, path: string): unknown {
  let current = value;
  for (const part of path.split('.')) {
    const match = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part);
    if (!match) return undefined;
    if (match[1]) current = step(current, match[1]);
    for (const index of match[2]?.match(/\d+/g) ?? []) current = step(current, Number(index));
  }
  return current;
}

function step(value: unknown, key: string | number): unknown {
  if (value === null || typeof value !== 'object') return undefined;
  if (typeof key === 'number') return Array.isArray(value) ? value[key] : undefined;
  return Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}
