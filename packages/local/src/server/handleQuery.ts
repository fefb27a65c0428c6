import type { ActionContext, Caller, QueryAction } from '../iam/ActionContext.js';
import { iamActions } from '../iam/iamActions.js';
import { requestResource } from '../iam/requestResource.js';
import { authorize } from '../policy/authorize.js';
import { isSigned, verifySignature } from '../sigv4/verifySignature.js';
import { stsActions } from '../sts/stsActions.js';
import { QUERY_NAMESPACES, queryErrorXml, queryResponseXml } from '../wire/queryXml.js';
import { isLocalError, LocalError } from './LocalError.js';
import { type Incoming, isReadOnly, type Reply, type Runtime } from './Runtime.js';
import { resolveCaller } from './resolveCaller.js';

const SERVICES = {
  iam: { actions: iamActions, version: '2010-05-08' },
  sts: { actions: stsActions, version: '2011-06-15' },
} as const;

type ServiceName = keyof typeof SERVICES;

const formParams = (request: Incoming): Map<string, string> => {
  const params = new Map(request.query);
  const type = request.headers['content-type']?.[0] ?? '';
  if (request.body.length > 0 && (type === '' || type.startsWith('application/x-www-form-urlencoded'))) {
    for (const [key, value] of new URLSearchParams(request.body.toString('utf8'))) params.set(key, value);
  }
  return params;
};

const xmlReply = (status: number, body: string, requestId: string): Reply => ({
  status,
  headers: { 'content-type': 'text/xml', 'x-amzn-requestid': requestId },
  body,
});

async function authenticate(runtime: Runtime, request: Incoming, service: ServiceName): Promise<Caller> {
  if (!isSigned(request, request.query)) {
    throw new LocalError('MissingAuthenticationToken', 'Request is missing Authentication Token', 403);
  }
  const state = runtime.store.state;
  const verified = await verifySignature(
    request,
    request.query,
    [service],
    (id) => resolveCaller(state, id),
    runtime.clock(),
  );
  return resolveCaller(runtime.store.state, verified.accessKeyId)!.caller;
}

/** The service a Query request is for: its signing scope's service, else the one knowing the action. */
const serviceOf = (request: Incoming, action: string): ServiceName => {
  const credential =
    request.headers.authorization?.[0]?.match(/Credential=[^/]*\/[^/]*\/[^/]*\/([^/]*)\//)?.[1] ??
    request.query.get('X-Amz-Credential')?.split('/')[3];
  if (credential === 'sts' || credential === 'iam') return credential;
  return action in stsActions ? 'sts' : 'iam';
};

/**
 * Answers an IAM or STS Query request: routed by `Action`, signature verified, the caller's
 * identity-based policies evaluated for IAM actions, state persisted before answering.
 */
export async function handleQuery(runtime: Runtime, request: Incoming): Promise<Reply> {
  const params = formParams(request);
  const action = params.get('Action') ?? '';
  const service = serviceOf(request, action);
  const namespace = QUERY_NAMESPACES[service];
  try {
    if (action === '') throw new LocalError('MissingAction', 'Missing Action', 400);
    const handler: QueryAction | undefined = Object.hasOwn(SERVICES[service].actions, action)
      ? SERVICES[service].actions[action]
      : undefined;
    if (!handler) {
      throw new LocalError(
        'InvalidAction',
        `Could not find operation ${action} for version ${SERVICES[service].version}`,
        400,
      );
    }
    const caller = await authenticate(runtime, request, service);
    const state = runtime.store.state;
    if (service === 'iam') {
      authorize(state, caller, `iam:${action}`, requestResource(state, action, params, caller.userName));
    }
    const context: ActionContext = { state, params, caller, now: runtime.clock() };
    const result = handler(context);
    if (!isReadOnly(action) || service === 'sts') await runtime.store.commit();
    return xmlReply(200, queryResponseXml(action, namespace, result, request.requestId), request.requestId);
  } catch (error) {
    const failure = isLocalError(error)
      ? error
      : new LocalError(
          'InternalFailure',
          'The request processing has failed because of an unknown error.',
          500,
          'Receiver',
        );
    return xmlReply(
      failure.status,
      queryErrorXml(namespace, failure.fault, failure.code, failure.message, request.requestId),
      request.requestId,
    );
  }
}
