import { describe, expect, it } from 'vitest';
import {
  cognitoIdpEndpointRules,
  type EndpointRules,
  iamEndpointRules,
  isEndpointResolutionError,
  isUnsupportedRegionError,
  type ResolvedEndpoint,
  type ResolveEndpointOptions,
  resolveEndpoint,
  resolveServiceEndpoint,
  type ServiceId,
  stsEndpointRules,
} from '../src/index.js';
import { endpointsJsonLists } from './support/botocoreData.js';
import { type EndpointTestCase, loadEndpointTests } from './support/sharedVectors.js';
import { errorOf } from './support/thrown.js';

const SERVICES: ServiceId[] = ['iam', 'cognito-idp', 'sts'];
const RULES: Record<ServiceId, EndpointRules> = {
  iam: iamEndpointRules,
  'cognito-idp': cognitoIdpEndpointRules,
  sts: stsEndpointRules,
};
// Both entry points must give the same answers: by service id, and with the service's rules imported.
const RESOLVERS: [string, (options: ResolveEndpointOptions) => ResolvedEndpoint][] = [
  ['resolveEndpoint', resolveEndpoint],
  ['resolveServiceEndpoint', ({ service, ...rest }) => resolveServiceEndpoint(RULES[service], rest)],
];
const MATRIX = SERVICES.flatMap((service) =>
  RESOLVERS.map(([name, resolve]) => [service, name, resolve] as const),
);

function optionsOf(service: ServiceId, params: EndpointTestCase['params'] = {}): ResolveEndpointOptions {
  const options: ResolveEndpointOptions = { service };
  if (typeof params.Region === 'string') options.region = params.Region;
  if (typeof params.UseFIPS === 'boolean') options.useFips = params.UseFIPS;
  if (typeof params.UseDualStack === 'boolean') options.useDualStack = params.UseDualStack;
  if (typeof params.UseGlobalEndpoint === 'boolean') options.useGlobalEndpoint = params.UseGlobalEndpoint;
  if (typeof params.Endpoint === 'string') options.endpoint = params.Endpoint;
  return options;
}

// The public API runs validation, the availability check and the signing defaults on top of the rule set.
// Every case must come out as AWS's test expects, except Cognito in regions botocore's endpoints.json does
// not list, which must be refused with a typed error naming region and service.
describe.each(MATRIX)('AWS endpoint tests for %s, through %s', (service, _name, resolve) => {
  const cases = loadEndpointTests(service) ?? [];
  it.skipIf(cases.length === 0)('loads the cases', () => expect(cases.length).toBeGreaterThan(20));

  it.each(cases.map((testCase) => [testCase.documentation, testCase] as const))('%s', (_, testCase) => {
    const options = optionsOf(service, testCase.params);
    const region = options.region;
    const unavailable =
      service === 'cognito-idp' &&
      region !== undefined &&
      !options.endpoint &&
      !endpointsJsonLists(service, region);
    if (unavailable) {
      const error = errorOf(() => resolve(options));
      expect(isUnsupportedRegionError(error)).toBe(true);
      expect((error as Error).message).toContain(region);
      expect((error as Error).message).toContain('cognito-idp');
      return;
    }
    if ('error' in testCase.expect) {
      const error = errorOf(() => resolve(options));
      expect(isEndpointResolutionError(error)).toBe(true);
      expect((error as Error).message).toBe(testCase.expect.error);
      return;
    }
    const result = resolve(options);
    expect(result.url).toBe(testCase.expect.endpoint.url);
    if (options.endpoint) return;
    const scheme = testCase.expect.endpoint.properties?.authSchemes?.[0];
    expect(result.signingRegion).toBe(scheme?.signingRegion ?? region);
    expect(result.signingName).toBe(scheme?.signingName ?? service);
    expect(new URL(result.url).protocol).toBe('https:');
  });
});
