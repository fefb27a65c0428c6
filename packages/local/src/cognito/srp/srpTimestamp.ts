const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const PATTERN =
  /^(Sun|Mon|Tue|Wed|Thu|Fri|Sat) ([A-Z][a-z]{2}) (\d{1,2}) (\d{2}):(\d{2}):(\d{2}) UTC (\d{4})$/;

/**
 * Parses the TIMESTAMP of a PASSWORD_VERIFIER response, `ddd MMM d HH:mm:ss UTC yyyy`
 * (`Tue Dec 1 09:05:03 UTC 2026`), to epoch ms; undefined when malformed or the weekday is wrong.
 */
export function parseSrpTimestamp(text: string): number | undefined {
  const match = PATTERN.exec(text);
  if (!match) return undefined;
  const [, day, month, date, hours, minutes, seconds, year] = match;
  const monthIndex = MONTHS.indexOf(month!);
  if (monthIndex < 0) return undefined;
  const ms = Date.UTC(+year!, monthIndex, +date!, +hours!, +minutes!, +seconds!);
  return DAYS[new Date(ms).getUTCDay()] === day ? ms : undefined;
}
