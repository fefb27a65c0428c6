import { type EndpointRules, stsEndpointRules } from '@iamkit/provider-config';
import type { ServiceSpec } from '@iamkit/runtime';
import { stsSpec } from './stsSpec.js';

// AWS's own `UseGlobalEndpoint` parameter of STS's rule set, set for every resolution: the rules then
// send the legacy-global regions to `sts.amazonaws.com` and leave every other region regional.
const globalEndpointRules: EndpointRules = {
  ...stsEndpointRules,
  ruleSet: (parameters) => stsEndpointRules.ruleSet({ ...parameters, UseGlobalEndpoint: true }),
};

const globalStsSpec: ServiceSpec<'sts'> = { ...stsSpec, endpointRules: globalEndpointRules };

/**
 * The STS spec for a client: regional endpoints (AWS's default since 2022), or with `useGlobalEndpoint`
 * the global `https://sts.amazonaws.com` for the regions that had it, signed for `us-east-1`.
 *
 * @example
 * ```ts
 * createServiceClient(stsSpecFor(true), { region: 'eu-west-1', credentials }).endpoint; // 'https://sts.amazonaws.com'
 * ```
 */
export const stsSpecFor = (useGlobalEndpoint: boolean | undefined): ServiceSpec<'sts'> =>
  useGlobalEndpoint ? globalStsSpec : stsSpec;
