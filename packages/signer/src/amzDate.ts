import { InvalidDateError } from './SignerError.js';

/** A date in any form `new Date()` understands: a `Date`, epoch milliseconds, or an ISO-8601 string. */
export type DateInput = Date | number | string;

// Formatting through toISOString costs more than the HMAC it feeds, and a signer
// is called many times per second, so the last second's answer is remembered.
let lastSecond = Number.NaN;
let lastAmzDate = '';

/**
 * The SigV4 timestamp (`YYYYMMDDTHHMMSSZ`, UTC) of a date. Throws {@link InvalidDateError} for an invalid date.
 *
 * @example
 * ```ts
 * toAmzDate(new Date('2015-08-30T12:36:00Z')); // '20150830T123600Z'
 * ```
 */
export function toAmzDate(date: DateInput): string {
  const time = date instanceof Date ? date.getTime() : new Date(date).getTime();
  const second = Math.floor(time / 1000);
  if (second !== lastSecond) {
    const iso = Number.isNaN(second) ? '' : new Date(second * 1000).toISOString();
    if (iso.length !== 24) throw new InvalidDateError('Invalid signing date');
    lastSecond = second;
    lastAmzDate = iso.replace(/[-:]|\.\d+/g, '');
  }
  return lastAmzDate;
}
