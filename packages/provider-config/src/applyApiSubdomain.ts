import { InvalidConnectionError } from './errors/InvalidConnectionError.js';
import { parseApiSubdomain } from './parseApiSubdomain.js';
import type {
  ApiSubdomainTarget,
  FieldNames,
  ResolveServiceEndpointOptions,
  ValidatedRegion,
} from './types.js';

/**
 * Reads `options.apiSubdomain` (Cognito's host name) on top of an already validated `region`: the two must
 * agree, and a FIPS form contradicts `useFips: false`. Lives apart from the generic resolution so that only
 * Cognito's rules (and the by-id `resolveEndpoint`) bring it into a bundle.
 *
 * @example
 * ```ts
 * applyApiSubdomain({ apiSubdomain: 'idp-fips.us-east-1' }, undefined, fields, 'cognito-idp', false);
 * // { target: { region: 'us-east-1', partition: … }, useFips: true }
 * ```
 */
export function applyApiSubdomain(
  options: ResolveServiceEndpointOptions,
  target: ValidatedRegion | undefined,
  fields: FieldNames,
  service: string,
  useFips: boolean,
): ApiSubdomainTarget {
  const sub = parseApiSubdomain(options.apiSubdomain, fields.apiSubdomain, service);
  if (target && target.region !== sub.region) {
    throw new InvalidConnectionError(
      fields.apiSubdomain,
      `${fields.region} '${target.region}' and ${fields.apiSubdomain} '${options.apiSubdomain}' ` +
        `(region '${sub.region}') disagree`,
    );
  }
  if (sub.fips && options.useFips === false) {
    throw new InvalidConnectionError(
      fields.apiSubdomain,
      `${fields.apiSubdomain} '${options.apiSubdomain}' names a FIPS endpoint but useFips is false`,
    );
  }
  // The subdomain is Cognito's host name; for other services it only supplies the region.
  return { target: sub, useFips: service === 'cognito-idp' ? useFips || sub.fips : useFips };
}
