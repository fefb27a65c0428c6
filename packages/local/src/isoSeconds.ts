/** An IAM timestamp: ISO 8601 in UTC without milliseconds, as IAM's XML shows them. */
export const isoSeconds = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
