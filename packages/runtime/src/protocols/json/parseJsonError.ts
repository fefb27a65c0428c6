import type { ProtocolErrorFields } from '../Protocol.js';

/**
 * The error code in AWS JSON's `__type` (or the `x-amzn-errortype` header): AWS may prefix it with a
 * namespace (`com.amazonaws.cognito#UserNotFoundException`) and suffix a URL after `:`; the code is
 * what is left between them.
 */
const errorCode = (raw: unknown): string | undefined =>
  typeof raw === 'string' ? raw.replace(/^.*#/, '').replace(/:.*$/, '') || undefined : undefined;

/**
 * Reads an AWS JSON error response. A body that is not JSON yields empty fields (but the code from
 * the header, when there is one), so the caller can still report the HTTP status.
 */
export const parseJsonError = (
  body: string,
  headers: { get(name: string): string | null },
): ProtocolErrorFields => {
  let parsed: Record<string, unknown> = {};
  try {
    const value: unknown = JSON.parse(body);
    if (value && typeof value === 'object') parsed = value as Record<string, unknown>;
  } catch {}
  const message = parsed.message ?? parsed.Message ?? parsed.errorMessage;
  return {
    code: errorCode(headers.get('x-amzn-errortype')) ?? errorCode(parsed.__type) ?? errorCode(parsed.code),
    message: typeof message === 'string' ? message : undefined,
    type: undefined,
    requestId: headers.get('x-amzn-requestid') ?? undefined,
  };
};
