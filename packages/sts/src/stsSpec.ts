import { stsEndpointRules } from '@iamkit/provider-config';
import { queryProtocol, type ServiceClient, type ServiceSpec } from '@iamkit/runtime';
import { stsService } from './generated/sts.runtime.js';

/** AWS STS as the runtime needs it: the generated descriptor, its endpoint rules, its protocol. */
export const stsSpec: ServiceSpec<'sts'> = {
  service: stsService,
  protocol: queryProtocol,
  endpointRules: stsEndpointRules,
};

/** A client of AWS STS: pass it to the operation functions. */
export type StsClient = ServiceClient<'sts'>;
