import { AwsParseError } from '../errors/AwsParseError.js';
import { BUFFERED_TEXT, type BufferedResponse } from './bufferedText.js';

/** Default cap on a response body: far above any real AWS answer, far below what could hurt a process. */
export const DEFAULT_MAX_RESPONSE_BYTES = 10 * 1024 * 1024;

const tooLarge = (limit: number) =>
  new AwsParseError(`Response body over maxResponseBytes (${limit}): not read`);

/**
 * Reads a response body as UTF-8 (or the text a buffering transport already read), refusing more than `limit` bytes, whether announced by
 * `Content-Length` or discovered while streaming.
 */
export const readBody = async (response: Response, limit: number): Promise<string> => {
  // A transport that read the body already (the Node one, used through a plain client) hands it over.
  const buffered = (response as BufferedResponse)[BUFFERED_TEXT];
  if (buffered !== undefined) return buffered;
  const announced = response.headers.get('content-length');
  if (Number(announced) > limit) {
    await response.body?.cancel().catch(() => {});
    throw tooLarge(limit);
  }
  if (!response.body) return '';
  // A body announced within the limit is read in one go (much cheaper than a reader loop): the HTTP layer
  // fails a body longer than announced. Not when compressed: the announced size is before inflation.
  if (announced && !response.headers.get('content-encoding')) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw tooLarge(limit);
    }
    text += decoder.decode(value, { stream: true });
  }
};
