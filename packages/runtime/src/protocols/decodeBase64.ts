import { AwsParseError } from '../errors/AwsParseError.js';

/** A blob as AWS sends it (base64) into bytes; anything that is not base64 is a parse error. */
export const decodeBase64 = (text: string): Uint8Array => {
  let binary: string;
  try {
    binary = atob(text);
  } catch (cause) {
    throw new AwsParseError('A blob in the response is not valid base64', { cause });
  }
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
};
