/** A JSON document indented for reading; text that is not JSON is returned as it is. */
export function prettyJson(document: string | undefined): string {
  if (document === undefined) return '';
  try {
    return JSON.stringify(JSON.parse(document), null, 2);
  } catch {
    return document;
  }
}
