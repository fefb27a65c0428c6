import { describe, expect, it } from 'vitest';
import {
  isEndpointResolutionError,
  isUnsupportedRegionError,
  type ResolveEndpointOptions,
  resolveEndpoint,
  type ServiceId,
} from '../src/index.js';
import { endpointsJsonLists } from './botocore-data.js';
import { type EndpointTestCase, loadEndpointTests } from './shared-vectors.js';
import { errorOf } from './thrown.js';

const SERVICES: ServiceId[] = ['iam', 'cognito-idp', 'sts'];

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
describe.each(SERVICES)('AWS endpoint tests for %s, through resolveEndpoint', (service) => {
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
      const error = errorOf(() => resolveEndpoint(options));
      expect(isUnsupportedRegionError(error)).toBe(true);
      expect((error as Error).message).toContain(region);
      expect((error as Error).message).toContain('cognito-idp');
      return;
    }
    if ('error' in testCase.expect) {
      const error = errorOf(() => resolveEndpoint(options));
      expect(isEndpointResolutionError(error)).toBe(true);
      expect((error as Error).message).toBe(testCase.expect.error);
      return;
    }
    const result = resolveEndpoint(options);
    expect(result.url).toBe(testCase.expect.endpoint.url);
    if (options.endpoint) return;
    const scheme = testCase.expect.endpoint.properties?.authSchemes?.[0];
    expect(result.signingRegion).toBe(scheme?.signingRegion ?? region);
    expect(result.signingName).toBe(scheme?.signingName ?? service);
    expect(new URL(result.url).protocol).toBe('https:');
  });
});
