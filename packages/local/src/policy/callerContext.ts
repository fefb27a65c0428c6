import type { Caller } from '../iam/ActionContext.js';

/** The request context keys IAM conditions can test. */
export const callerContext = (caller: Caller, extra: Record<string, string> = {}): Map<string, string> =>
  new Map(
    Object.entries({
      'aws:principalarn': caller.arn,
      'aws:userid': caller.userId,
      ...(caller.userName !== undefined ? { 'aws:username': caller.userName } : {}),
      ...extra,
    }).map(([key, value]) => [key.toLowerCase(), value]),
  );
