import { AwsParseError } from '../../errors/AwsParseError.js';
import type { OperationSchema } from '../../schema.js';
import { parseXml } from './parseXml.js';
import { readXmlShape } from './readXmlShape.js';

type Output = Record<string, unknown>;

/**
 * Reads a successful Query response (`<XResponse><XResult>…</XResult><ResponseMetadata/></XResponse>`)
 * as the operation's output. Operations without output resolve to `{}`.
 */
export const parseQueryResponse = (body: string, operation: OperationSchema): Output => {
  if (!operation.output) return {};
  const root = parseXml(body);
  const wrapperName = operation.resultWrapper ?? `${operation.name}Result`;
  const result = root.children.find((child) => child.name === wrapperName);
  if (!result) {
    // Some operations answer without the wrapper when the result is empty; anything else is not IAM.
    if (root.name === `${operation.name}Response`) {
      return readXmlShape({ name: wrapperName, children: [], text: '' }, operation.output) as Output;
    }
    throw new AwsParseError(`${operation.name}: response has no <${wrapperName}> element`);
  }
  return readXmlShape(result, operation.output) as Output;
};
