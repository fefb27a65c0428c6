/** JSON as plain data; object key order is insertion order, which the generator keeps deterministic. */
export type JsonObject = { [key: string]: JsonValue };
export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;

/** Copies only the defined entries, so absent model traits leave no `undefined` keys behind. */
export const defined = (entries: Record<string, JsonValue | undefined>): JsonObject => {
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(entries)) if (v !== undefined) out[k] = v;
  return out;
};

/** The committed form of a JSON file: two-space indent and a final newline. */
export const stringifyJson = (value: JsonValue): string => `${JSON.stringify(value, null, 2)}\n`;
