import { timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './AppEnv.js';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

function same(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Refuses every change (any method but GET, HEAD, OPTIONS) that does not carry the session's CSRF
 * token, in the form's `_csrf` field or the `x-csrf-token` header (the sign-in page's fetch).
 */
export function csrfProtection(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (SAFE.has(c.req.method)) return next();
    const type = c.req.header('content-type') ?? '';
    let sent = c.req.header('x-csrf-token');
    if (sent === undefined && /^(application\/x-www-form-urlencoded|multipart\/form-data)/.test(type)) {
      const field = (await c.req.parseBody())._csrf;
      sent = typeof field === 'string' ? field : undefined;
    }
    if (sent === undefined || !same(sent, c.get('session').csrfToken)) {
      return c.text(
        'This form has expired or did not come from this site. Reload the page and try again.',
        403,
      );
    }
    return next();
  };
}
