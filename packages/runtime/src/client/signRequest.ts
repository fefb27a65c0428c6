import { AwsConfigError } from '../errors/AwsConfigError.js';
import { AwsCredentialsError } from '../errors/AwsCredentialsError.js';
import type { RequestSigner } from './ClientConfig.js';
import { wrapError } from './wrapError.js';

type Unsigned = Parameters<RequestSigner['sign']>[0];

/** Resolves with `promise`, or rejects with the signal's reason as soon as it aborts. */
const untilAborted = <T>(promise: Promise<T>, signal: AbortSignal): Promise<T> =>
  new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });

/**
 * Signs one attempt and returns the headers to add. The signature waits for credentials, so the attempt's
 * signal bounds it: a provider that never answers cannot outlast `timeout`, `totalTimeout` or an abort.
 * A header value holding CR, LF or NUL (a session token pasted with its line break) is refused here,
 * before the header constructor would quote it in its own error, and is never retried.
 */
export const signRequest = async (
  signer: RequestSigner,
  request: Unsigned,
  signingDate: () => Date,
  signal: AbortSignal,
): Promise<Record<string, string>> => {
  let headers: Record<string, string>;
  try {
    const signed = await untilAborted(signer.sign(request, { signingDate: signingDate() }), signal);
    headers = signed.headers;
  } catch (error) {
    throw signal.aborted ? error : wrapError(error, 'credentials provider or signer');
  }
  for (const name in headers) {
    if (/[\r\n\0]/.test(headers[name]!)) {
      throw name === 'x-amz-security-token'
        ? new AwsCredentialsError('The session token holds a line break or NUL; it cannot be sent')
        : new AwsConfigError(`The signed header ${name} holds a line break or NUL; it cannot be sent`);
    }
  }
  return headers;
};
