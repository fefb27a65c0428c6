/** A raw HTTP/1.1 request as written in the suites' request files. */
export interface RawRequest {
  readonly method: string;
  /** The request target exactly as on the wire (may hold spaces and raw UTF-8). */
  readonly target: string;
  /** Header lines in order, each with its continuation (obs-fold) lines, as written. */
  readonly lines: readonly { readonly name: string; readonly raw: string }[];
  /** Headers by name as written; repeated names become arrays, folded values keep their line breaks. */
  readonly headers: Record<string, string | string[]>;
  readonly body: string;
}

/**
 * Parses a raw request: request line (the target may contain spaces), `Name:value` lines
 * (continuation lines starting with a space or tab belong to the previous header), an empty line,
 * then the body. Our own parser, so the test controls exactly what reaches the signer.
 */
export function parseRawRequest(text: string): RawRequest {
  const lines = text.split('\n');
  const requestLine = lines.shift() ?? '';
  const firstSpace = requestLine.indexOf(' ');
  const lastSpace = requestLine.lastIndexOf(' ');
  if (firstSpace < 0 || lastSpace <= firstSpace) throw new Error(`bad request line: ${requestLine}`);
  const headerLines: { name: string; raw: string; value: string }[] = [];
  let index = 0;
  for (; index < lines.length; index++) {
    const line = lines[index]!;
    if (line === '') break;
    if (/^[ \t]/.test(line)) {
      const previous = headerLines.at(-1);
      if (!previous) throw new Error(`continuation line without a header: ${line}`);
      previous.raw += '\n' + line;
      previous.value += '\n' + line;
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) throw new Error(`bad header line: ${line}`);
    headerLines.push({ name: line.slice(0, colon), raw: line, value: line.slice(colon + 1) });
  }
  const headers: Record<string, string | string[]> = {};
  for (const { name, value } of headerLines) {
    const seen = headers[name];
    headers[name] = seen === undefined ? value : Array.isArray(seen) ? [...seen, value] : [seen, value];
  }
  return {
    method: requestLine.slice(0, firstSpace),
    target: requestLine.slice(firstSpace + 1, lastSpace),
    lines: headerLines.map(({ name, raw }) => ({ name, raw })),
    headers,
    body: lines.slice(index + 1).join('\n'),
  };
}

/** The value of a header, any case, first occurrence. */
export function headerValue(request: RawRequest, name: string): string | undefined {
  const key = Object.keys(request.headers).find((k) => k.toLowerCase() === name);
  const value = key === undefined ? undefined : request.headers[key];
  return Array.isArray(value) ? value[0] : value;
}
