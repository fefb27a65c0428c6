import { describeValue } from './describeValue.js';
import { InvalidConnectionError } from './errors/InvalidConnectionError.js';
import type { ValidatedRegion } from './types.js';
import { validateRegion } from './validateRegion.js';

/**
 * The accepted `apiSubdomain` forms, as documented in the README.
 *
 * @example
 * ```ts
 * console.log(`apiSubdomain must be one of ${API_SUBDOMAIN_FORMS.join(', ')}`);
 * ```
 */
export const API_SUBDOMAIN_FORMS = [
  'idp.REGION',
  'cognito-idp.REGION',
  'idp-fips.REGION',
  'cognito-idp-fips.REGION',
];

const FORM = /^(?:cognito-)?idp(-fips)?\.([^.]*)$/;

/** A parsed `apiSubdomain`: its region and whether it names the FIPS endpoint. */
export interface ApiSubdomain extends ValidatedRegion {
  fips: boolean;
}

/**
 * Parses the platform's Cognito `apiSubdomain` (`idp.us-east-2`, `cognito-idp-fips.us-gov-west-1`...).
 * Only the four forms are accepted and the region part must pass {@link validateRegion}; anything else
 * (other hosts, extra labels, ports, paths, look-alikes) is an {@link InvalidConnectionError}.
 *
 * @example
 * ```ts
 * parseApiSubdomain('idp-fips.us-east-1', 'apiSubdomain', 'cognito-idp'); // { region: 'us-east-1', fips: true, ... }
 * ```
 */
export function parseApiSubdomain(value: unknown, field: string, service: string): ApiSubdomain {
  if (typeof value !== 'string') {
    throw new InvalidConnectionError(field, `${field} must be a string, got ${describeValue(value)}`);
  }
  const match = FORM.exec(value);
  if (!match) {
    throw new InvalidConnectionError(
      field,
      `${field} ${describeValue(value)} is not one of ${API_SUBDOMAIN_FORMS.join(', ')}; the domain is ` +
        'chosen from the region, and other hosts are only reachable through the endpoint option',
    );
  }
  return { ...validateRegion(match[2], `region in ${field}`, service), fips: match[1] !== undefined };
}
