/**
 * A rejected, non-secret value as it may appear in an error message: JSON-quoted, with every character
 * outside printable ASCII escaped (so look-alikes and control characters are visible) and cut to 80
 * characters. Never use it for secrets.
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'boolean' || typeof value === 'number') return String(value);
  if (typeof value !== 'string') return value === null ? 'null' : typeof value;
  const shown = value.length > 80 ? `${value.slice(0, 80)}…` : value;
  return JSON.stringify(shown).replace(
    /[^\x20-\x7e]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
