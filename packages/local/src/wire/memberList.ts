/** The flattened Query parameters of one request (`Tags.member.1.Key=...`). */
export type QueryParams = ReadonlyMap<string, string>;

/**
 * The list `name` of a Query request: `name.member.N` values, or, when `fields` are given, objects
 * from `name.member.N.<field>`. Items are returned in N order.
 *
 * @example
 * ```ts
 * memberList(params, 'Tags', ['Key', 'Value']); // [{ Key: 'team', Value: 'a' }]
 * ```
 */
export function memberList(params: QueryParams, name: string): string[];
export function memberList(params: QueryParams, name: string, fields: string[]): Record<string, string>[];
export function memberList(
  params: QueryParams,
  name: string,
  fields?: string[],
): (string | Record<string, string>)[] {
  const prefix = `${name}.member.`;
  const items = new Map<number, string | Record<string, string>>();
  for (const [key, value] of params) {
    if (!key.startsWith(prefix)) continue;
    const [index, field] = key.slice(prefix.length).split('.', 2);
    const n = Number(index);
    if (!Number.isInteger(n) || n < 1) continue;
    if (!fields) {
      if (field === undefined) items.set(n, value);
    } else if (field !== undefined && fields.includes(field)) {
      const item = (items.get(n) as Record<string, string> | undefined) ?? {};
      item[field] = value;
      items.set(n, item);
    }
  }
  return [...items.entries()].sort(([a], [b]) => a - b).map(([, item]) => item);
}
