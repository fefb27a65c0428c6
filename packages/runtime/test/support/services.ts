import { cognitoIdpEndpointRules, iamEndpointRules, stsEndpointRules } from '@iamkit/provider-config';
import { cognitoService } from '../../../cognito/src/generated/cognitoIdp.runtime.js';
import { iamService } from '../../../iam/src/generated/iam.runtime.js';
import { stsService } from '../../../sts/src/generated/sts.runtime.js';
import type { ClientConfig, ClientDefaults } from '../../src/index.js';
import { createServiceClient, jsonProtocol, queryProtocol } from '../../src/index.js';
import { nodeTransportAdapter } from '../../src/transport/node/nodeTransportAdapter.js';

// The runtime under test (src) driven by the real generated descriptors and schemas of the three services.
export const iamSpec = { service: iamService, protocol: queryProtocol, endpointRules: iamEndpointRules };
export const stsSpec = { service: stsService, protocol: queryProtocol, endpointRules: stsEndpointRules };
export const cognitoSpec = {
  service: cognitoService,
  protocol: jsonProtocol,
  endpointRules: cognitoIdpEndpointRules,
};

export type IamClientConfig = ClientConfig;
/** An IAM client as the Node entry makes it: the `node:http` fast path whenever that transport is given. */
export const createIamClient = (config: ClientConfig, defaults: ClientDefaults = {}) =>
  createServiceClient(iamSpec, config, { adapter: nodeTransportAdapter, ...defaults });
