/**
 * Base of every object the signer returns. The objects hold the exact values (a signed request
 * must carry its session token), but their `JSON.stringify` and `util.inspect` forms show the
 * token as `[redacted]` (the hook is found by its registered symbol: no `node:util` import).
 */
export class Redacted {
  toJSON(): unknown {
    // The token follows `x-amz-security-token` as a JSON key, a header line or a query parameter;
    // tokens are base64 or percent-encoded, so none of `"&#\` can be part of one.
    return JSON.parse(
      JSON.stringify({ ...this }).replace(/(x-amz-security-token(?:":"|[:=]))[^"&#\\]*/gi, '$1[redacted]'),
    );
  }
  [Symbol.for('nodejs.util.inspect.custom')](): unknown {
    return this.toJSON();
  }
}
