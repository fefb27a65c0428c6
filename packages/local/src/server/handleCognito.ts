import type { CognitoContext } from '../cognito/CognitoContext.js';
import { cognitoActions } from '../cognito/cognitoActions.js';
import { UNSIGNED_OPERATIONS } from '../cognito/unsignedOperations.js';
import type { Caller } from '../iam/ActionContext.js';
import { authorize } from '../policy/authorize.js';
import { isSigned, verifySignature } from '../sigv4/verifySignature.js';
import { jsonErrorBody } from '../wire/jsonError.js';
import { CORS_HEADERS } from './corsHeaders.js';
import { isLocalError, LocalError } from './LocalError.js';
import { type Incoming, isReadOnly, type Reply, type Runtime } from './Runtime.js';
import { resolveCaller } from './resolveCaller.js';

const TARGET_PREFIX = 'AWSCognitoIdentityProviderService.';
const CONTENT_TYPE = 'application/x-amz-json-1.1';

const reply = (status: number, body: string, requestId: string, errorType?: string): Reply => ({
  status,
  headers: {
    ...CORS_HEADERS,
    'content-type': CONTENT_TYPE,
    'x-amzn-requestid': requestId,
    ...(errorType === undefined ? {} : { 'x-amzn-errortype': errorType }),
  },
  body,
});

function parseInput(body: Buffer): Record<string, unknown> {
  if (body.length === 0) return {};
  let input: unknown;
  try {
    input = JSON.parse(body.toString('utf8'));
  } catch {
    throw new LocalError('SerializationException', 'Start of structure or map found where not expected.');
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new LocalError('SerializationException', 'Start of structure or map found where not expected.');
  }
  return input as Record<string, unknown>;
}

async function signedCaller(runtime: Runtime, request: Incoming): Promise<Caller> {
  if (!isSigned(request, request.query)) {
    throw new LocalError('MissingAuthenticationToken', 'Missing Authentication Token', 400);
  }
  const state = runtime.store.state;
  const verified = await verifySignature(
    request,
    request.query,
    ['cognito-idp'],
    (id) => resolveCaller(state, id),
    runtime.clock(),
  );
  return resolveCaller(runtime.store.state, verified.accessKeyId)!.caller;
}

/**
 * Answers a Cognito user pools JSON 1.1 request routed by `X-Amz-Target`. Operations the model
 * marks unsigned are accepted unsigned; the rest need a valid signature and an identity-based
 * allow for `cognito-idp:<Operation>` on the pool's ARN.
 */
export async function handleCognito(runtime: Runtime, request: Incoming): Promise<Reply> {
  const target = request.headers['x-amz-target']?.[0] ?? '';
  const operation = target.startsWith(TARGET_PREFIX) ? target.slice(TARGET_PREFIX.length) : '';
  try {
    const handler = Object.hasOwn(cognitoActions, operation) ? cognitoActions[operation] : undefined;
    if (!handler) throw new LocalError('UnknownOperationException', `Operation ${target} is not supported.`);
    const input = parseInput(request.body);
    const caller = UNSIGNED_OPERATIONS.has(operation) ? undefined : await signedCaller(runtime, request);
    const state = runtime.store.state;
    if (caller) {
      const poolId = typeof input.UserPoolId === 'string' ? input.UserPoolId : undefined;
      const resource = poolId
        ? `arn:aws:cognito-idp:${runtime.region}:${state.accountId}:userpool/${poolId}`
        : '*';
      authorize(state, caller, `cognito-idp:${operation}`, resource);
    }
    const context: CognitoContext = {
      state,
      input,
      caller,
      now: runtime.clock(),
      region: runtime.region,
      issuer: (poolId) => `${runtime.url}/${poolId}`,
      sessions: runtime.sessions,
    };
    const output = handler(context);
    if (!isReadOnly(operation) || operation === 'GetUser') await runtime.store.commit();
    return reply(200, JSON.stringify(output), request.requestId);
  } catch (error) {
    const failure = isLocalError(error)
      ? error
      : new LocalError('InternalErrorException', 'Internal error', 500, 'Receiver');
    const body = jsonErrorBody(failure.code, failure.message);
    return reply(failure.status, body, request.requestId, JSON.parse(body).__type);
  }
}
