// One space-separated string per list: the same codes in fewer bundle bytes than an array literal.
const codes = (list: string): ReadonlySet<string> => new Set(list.split(' '));

/**
 * Throttling codes AWS sends with HTTP 400 (and sometimes 429/503), as the AWS SDKs classify them.
 * IAM's own `LimitExceeded` is deliberately absent: it means a quota (e.g. too many users) is reached,
 * and retrying cannot help.
 */
export const THROTTLING_CODES: ReadonlySet<string> = /* @__PURE__ */ codes(
  'Throttling ThrottlingException ThrottledException RequestThrottledException ' +
    'TooManyRequestsException ProvisionedThroughputExceededException ' +
    'TransactionInProgressException RequestLimitExceeded BandwidthLimitExceeded ' +
    'LimitExceededException RequestThrottled SlowDown PriorRequestNotComplete ' +
    'EC2ThrottledException',
);

/** Transient server-side codes that may come with a non-5xx status. */
const TRANSIENT_CODES: ReadonlySet<string> = /* @__PURE__ */ codes(
  'RequestTimeout RequestTimeoutException InternalError ServiceUnavailable',
);

/** Codes that, with a response `Date` far from our clock, mean our clock is wrong rather than our key. */
export const CLOCK_SKEW_CODES: ReadonlySet<string> = /* @__PURE__ */ codes(
  'RequestTimeTooSkewed RequestExpired RequestInTheFuture InvalidSignatureException ' +
    'SignatureDoesNotMatch AuthFailure',
);

/** Whether an AWS error with this code and HTTP status is worth another attempt. */
export const isRetryableResponse = (code: string, status: number): boolean =>
  THROTTLING_CODES.has(code) || TRANSIENT_CODES.has(code) || status === 429 || status >= 500;
