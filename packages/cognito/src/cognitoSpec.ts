import { cognitoIdpEndpointRules } from '@iamkit/provider-config';
import { jsonProtocol, type ServiceClient, type ServiceSpec } from '@iamkit/runtime';
import { cognitoService } from './generated/cognitoIdp.runtime.js';

/** Amazon Cognito user pools as the runtime needs it: the generated descriptor, its endpoint rules, its protocol. */
export const cognitoSpec: ServiceSpec<'cognito-idp'> = {
  service: cognitoService,
  protocol: jsonProtocol,
  endpointRules: cognitoIdpEndpointRules,
};

/** A client of Amazon Cognito user pools: pass it to the operation functions. */
export type CognitoClient = ServiceClient<'cognito-idp'>;
