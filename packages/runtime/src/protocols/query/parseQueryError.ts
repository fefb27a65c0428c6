import type { ProtocolErrorFields } from '../Protocol.js';
import { parseXml, type XmlElement } from './parseXml.js';

const find = (element: XmlElement | undefined, name: string): XmlElement | undefined =>
  element?.children.find((child) => child.name === name);

/**
 * Reads AWS Query's error body. IAM sends `<ErrorResponse><Error>…</Error><RequestId/></ErrorResponse>`;
 * other Query services (and moto for auth failures) wrap it as `<ErrorResponse><Errors><Error>`, and
 * EC2 uses `<Response><Errors><Error>`: all are accepted. A body that is not XML yields empty fields,
 * so the caller can still report the HTTP status.
 */
export const parseQueryError = (body: string): ProtocolErrorFields => {
  let root: XmlElement | undefined;
  try {
    root = parseXml(body);
  } catch {
    root = undefined;
  }
  const error = find(root, 'Error') ?? find(find(root, 'Errors'), 'Error');
  return {
    code: find(error, 'Code')?.text.trim() || undefined,
    message: (find(error, 'Message') ?? find(error, 'message'))?.text || undefined,
    type: find(error, 'Type')?.text.trim() || undefined,
    requestId: (find(root, 'RequestId') ?? find(root, 'RequestID'))?.text.trim() || undefined,
  };
};
