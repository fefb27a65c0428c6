import { InvalidDateError } from '../SignerError.js';

/** A date in any form `new Date()` understands: a `Date`, epoch milliseconds, or an ISO-8601 string. */
export type DateInput = Date | number | string;

/**
 * The SigV4 timestamp (`YYYYMMDDTHHMMSSZ`, UTC) of a date. Throws {@link InvalidDateError} for an
 * invalid date (or one outside years 0000-9999).
 *
 * @example
 * ```ts
 * toAmzDate(new Date('2015-08-30T12:36:00Z')); // '20150830T123600Z'
 * ```
 */
export function toAmzDate(date: DateInput): string {
  // toJSON answers null for an invalid date; a year past 9999 makes a longer string.
  const iso: string | null = new Date(date).toJSON();
  if (iso?.length !== 24) throw new InvalidDateError('Invalid signing date');
  return iso.replace(/\.\d+|\W/g, '');
}
