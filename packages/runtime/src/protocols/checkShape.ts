import { AwsConfigError } from '../errors/AwsConfigError.js';

/** A list must be an array and a structure a plain object: anything else would be sent garbled. */
export const checkShape = (value: unknown, type: 'structure' | 'list' | 'map', path: string): void => {
  if (type === 'list' ? !Array.isArray(value) : typeof value !== 'object' || Array.isArray(value)) {
    throw new AwsConfigError(
      `Input ${path || 'value'} must be ${type === 'list' ? 'an array' : 'an object'}`,
    );
  }
};
