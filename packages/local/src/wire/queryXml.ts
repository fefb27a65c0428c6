import { escapeXml, toXml, type XmlValue } from './toXml.js';

/** The XML namespace of a Query service's responses. */
export const QUERY_NAMESPACES = {
  iam: 'https://iam.amazonaws.com/doc/2010-05-08/',
  sts: 'https://sts.amazonaws.com/doc/2011-06-15/',
} as const;

/**
 * A Query protocol response: `<XResponse><XResult>…</XResult><ResponseMetadata>…`; no Result
 * element for operations without output.
 */
export function queryResponseXml(
  action: string,
  namespace: string,
  result: Record<string, XmlValue> | undefined,
  requestId: string,
): string {
  const body = result === undefined ? '' : toXml(`${action}Result`, result);
  return `<${action}Response xmlns="${namespace}">${body}<ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></${action}Response>`;
}

/** A Query protocol error body, as IAM and STS write it. */
export function queryErrorXml(
  namespace: string,
  fault: string,
  code: string,
  message: string,
  requestId: string,
): string {
  return `<ErrorResponse xmlns="${namespace}"><Error><Type>${fault}</Type><Code>${escapeXml(code)}</Code><Message>${escapeXml(message)}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`;
}
