const cache = new Map<string, RegExp>();

/**
 * Whether `value` matches an IAM pattern: `*` is any run of characters, `?` any one character.
 * Actions compare case-insensitively, resources case-sensitively.
 *
 * @example
 * ```ts
 * matchWildcard('iam:List*', 'iam:ListUsers', true); // true
 * ```
 */
export function matchWildcard(pattern: string, value: string, ignoreCase: boolean): boolean {
  const key = (ignoreCase ? 'i:' : 's:') + pattern;
  let regex = cache.get(key);
  if (!regex) {
    const source = pattern
      .split('')
      .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
      .join('');
    regex = new RegExp(`^${source}$`, ignoreCase ? 'is' : 's');
    if (cache.size > 5000) cache.clear();
    cache.set(key, regex);
  }
  return regex.test(value);
}
