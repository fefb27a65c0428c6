import { iamEndpointRules } from '@iamkit/provider-config';
import { queryProtocol, type ServiceClient, type ServiceSpec } from '@iamkit/runtime';
import { iamService } from './generated/iam.runtime.js';

/** IAM as the runtime needs it: the generated descriptor, IAM's endpoint rules, AWS Query. */
export const iamSpec: ServiceSpec<'iam'> = {
  service: iamService,
  protocol: queryProtocol,
  endpointRules: iamEndpointRules,
};

/** An IAM client: pass it to the operation functions (`listUsers(client)`). */
export type IamClient = ServiceClient<'iam'>;
