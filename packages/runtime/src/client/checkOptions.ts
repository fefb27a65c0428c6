import { AwsConfigError } from '../errors/AwsConfigError.js';
import type { ClientOptions } from './ClientConfig.js';

/** Timers cannot wait longer (Node fires at once past it, browsers overflow). */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** A positive number of milliseconds a timer can wait; anything else is a config error. */
export const checkTimeout = (name: string, value: unknown): void => {
  if (!(typeof value === 'number' && value > 0 && value <= MAX_TIMER_MS)) {
    throw new AwsConfigError(`\`${name}\` must be a number of ms from 1 to ${MAX_TIMER_MS}`);
  }
};

/**
 * Checks the client's limits and returns the options left for ky, without the connection's own keys
 * (however the connection was given).
 */
export const checkOptions = (
  rest: Record<string, unknown>,
  limits: { timeout: number | false; totalTimeout: number | undefined; maxResponseBytes: number },
): Omit<ClientOptions, 'fetch' | 'clock' | 'retry' | 'timeout' | 'totalTimeout' | 'signal' | 'signer'> => {
  if (limits.timeout !== false) checkTimeout('timeout', limits.timeout);
  if (limits.totalTimeout !== undefined) checkTimeout('totalTimeout', limits.totalTimeout);
  const bytes = limits.maxResponseBytes;
  if (!(typeof bytes === 'number' && bytes > 0 && Number.isFinite(bytes))) {
    throw new AwsConfigError('`maxResponseBytes` must be a positive number');
  }
  const {
    region: _region,
    apiSubdomain: _apiSubdomain,
    endpoint: _endpoint,
    allowInsecureHttp: _allowInsecureHttp,
    useFips: _useFips,
    useDualStack: _useDualStack,
    connection_config: _connectionConfig,
    url: _url,
    signingRegion: _signingRegion,
    signingName: _signingName,
    partition: _partition,
    ...kyOptions
  } = rest;
  return kyOptions;
};
