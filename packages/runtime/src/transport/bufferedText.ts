/**
 * A transport that has already read the whole body (the Node `node:http` one) hands the text over on
 * the Response under this key, and promises the body stream is empty. `Symbol.for` so that the ESM and
 * CJS copies of the package agree on it.
 */
export const BUFFERED_TEXT: unique symbol = Symbol.for('@iamkit/runtime.bufferedText') as never;

/**
 * Marks a `fetch` that reads the request body from the `iamkitBody` init option instead of the Request,
 * and that, given `iamkitBuffered: true`, answers with a plain object carrying status, headers and
 * `BUFFERED_TEXT` instead of a `Response` (the client only asks when no `afterResponse` hook could see it).
 */
export const TAKES_BODY_OPTION: unique symbol = Symbol.for('@iamkit/runtime.takesBodyOption') as never;

export type BufferedResponse = Response & { [BUFFERED_TEXT]?: string };
