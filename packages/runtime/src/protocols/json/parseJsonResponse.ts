import { AwsParseError } from '../../errors/AwsParseError.js';
import type { OperationSchema } from '../../schema.js';
import { readJsonShape } from './readJsonShape.js';

/** Reads a successful AWS JSON response as the operation's output; no output (or an empty body) is `{}`. */
export const parseJsonResponse = (body: string, operation: OperationSchema): Record<string, unknown> => {
  if (!operation.output) return {};
  let value: unknown = {};
  if (body.trim()) {
    try {
      value = JSON.parse(body);
    } catch (cause) {
      throw new AwsParseError(`${operation.name}: the response is not JSON`, { cause });
    }
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new AwsParseError(`${operation.name}: the response is not a JSON object`);
  }
  return readJsonShape(value, operation.output) as Record<string, unknown>;
};
