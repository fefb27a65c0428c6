const SECRET_HEADER = 'x-amz-security-token';
const SECRET_TEXT = /(x-amz-security-token[:=])[^\s&#]*/gi;

/** Copies a value with every session token replaced by `[redacted]`, in header maps, URLs and canonical requests. */
export function redact(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(SECRET_TEXT, '$1[redacted]');
  if (typeof value !== 'object' || value === null || value instanceof Date) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    copy[key] = key.toLowerCase() === SECRET_HEADER ? '[redacted]' : redact(item);
  }
  return copy;
}

/**
 * Base of every object the signer returns. The objects hold the exact values (a signed request
 * must carry its session token), but `JSON.stringify` and `util.inspect` show the token as `[redacted]`.
 */
export class Redacted {
  toJSON(): unknown {
    return redact(this);
  }
  [Symbol.for('nodejs.util.inspect.custom')](): unknown {
    return redact(this);
  }
}
