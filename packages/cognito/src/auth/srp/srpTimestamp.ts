const DAYS = 'Sun Mon Tue Wed Thu Fri Sat'.split(' ');
const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
const two = (value: number) => String(value).padStart(2, '0');

/**
 * The TIMESTAMP Cognito signs in PASSWORD_VERIFIER: `ddd MMM D HH:mm:ss UTC YYYY` in English and
 * UTC, the day of the month without a leading zero (`Tue Mar 3 09:05:07 UTC 2026`).
 */
export function srpTimestamp(date: Date): string {
  const time = `${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())}`;
  return `${DAYS[date.getUTCDay()]} ${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()} ${time} UTC ${date.getUTCFullYear()}`;
}
