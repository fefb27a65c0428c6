import { ProviderConfigError } from './ProviderConfigError.js';

/**
 * The region is well formed but the service is not offered there (per botocore's endpoints.json), or no
 * AWS partition claims the region.
 *
 * @example
 * ```ts
 * resolveEndpoint({ service: 'cognito-idp', region: 'cn-north-1' });
 * // UnsupportedRegionError: cognito-idp is not available in region 'cn-north-1' (partition aws-cn) ...
 * ```
 */
export class UnsupportedRegionError extends ProviderConfigError {
  override name = 'UnsupportedRegionError';

  constructor(
    readonly region: string,
    readonly service: string,
    message: string,
  ) {
    super(message);
  }
}

/** Type guard comparing `name`, so it works across ESM and CJS copies of this package. */
export function isUnsupportedRegionError(error: unknown): error is UnsupportedRegionError {
  return error instanceof Error && error.name === 'UnsupportedRegionError';
}
