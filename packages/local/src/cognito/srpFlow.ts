import { randomBytes } from 'node:crypto';
import { LocalError } from '../server/LocalError.js';
import type { CognitoClient, CognitoUser, UserPool } from '../store/State.js';
import type { CognitoContext, SrpExchange } from './CognitoContext.js';
import { CHALLENGE_MS, nextAuthStep } from './nextAuthStep.js';
import { poolName } from './passwords.js';
import { N } from './srp/srpGroup.js';
import { srpCheckClaim, srpServerKeys } from './srp/srpServer.js';
import { parseSrpTimestamp } from './srp/srpTimestamp.js';

const MAX_TIMESTAMP_SKEW_MS = 15 * 60 * 1000;

const wrong = () => new LocalError('NotAuthorizedException', 'Incorrect username or password.');

/** USER_SRP_AUTH's first step: B, the salt and a secret block naming the exchange. */
export function startSrp(
  context: CognitoContext,
  pool: UserPool,
  client: CognitoClient,
  user: CognitoUser,
  srpA: string,
): Record<string, unknown> {
  const bigA = /^[0-9a-fA-F]+$/.test(srpA) ? BigInt(`0x${srpA}`) : 0n;
  if (bigA % N === 0n) throw new LocalError('InvalidParameterException', 'SRP_A is invalid.');
  if (!user.password) throw wrong();
  const { b, bigB } = srpServerKeys(user.password.verifier);
  const secretBlock = randomBytes(64).toString('base64');
  context.sessions.set(secretBlock, {
    poolId: pool.id,
    clientId: client.id,
    username: user.username,
    b,
    bigB,
    bigA,
    expires: context.now + CHALLENGE_MS,
  } satisfies SrpExchange);
  return {
    ChallengeName: 'PASSWORD_VERIFIER',
    ChallengeParameters: {
      SALT: user.password.salt,
      SECRET_BLOCK: secretBlock,
      SRP_B: bigB.toString(16),
      USERNAME: user.username,
      USER_ID_FOR_SRP: user.username,
    },
  };
}

/** USER_SRP_AUTH's second step: checks PASSWORD_CLAIM_SIGNATURE, then the next step. */
export function finishSrp(
  context: CognitoContext,
  client: CognitoClient,
  responses: Record<string, string>,
): Record<string, unknown> {
  const secretBlock = responses.PASSWORD_CLAIM_SECRET_BLOCK ?? '';
  const exchange = context.sessions.get(secretBlock);
  context.sessions.delete(secretBlock);
  if (!exchange || 'kind' in exchange || exchange.clientId !== client.id || exchange.expires < context.now) {
    throw new LocalError('NotAuthorizedException', 'Invalid session for the user.');
  }
  const pool = context.state.userPools[exchange.poolId];
  const user = pool?.users[exchange.username];
  if (!pool || !user?.password) throw wrong();
  const timestamp = responses.TIMESTAMP ?? '';
  const signedAt = parseSrpTimestamp(timestamp);
  if (signedAt === undefined || Math.abs(signedAt - context.now) > MAX_TIMESTAMP_SKEW_MS) {
    throw new LocalError('NotAuthorizedException', 'Invalid timestamp.');
  }
  const ok = srpCheckClaim({
    bigA: exchange.bigA,
    bigB: exchange.bigB,
    b: exchange.b,
    verifierHex: user.password.verifier,
    poolName: poolName(pool),
    userIdForSrp: user.username,
    secretBlock,
    timestamp,
    signature: responses.PASSWORD_CLAIM_SIGNATURE ?? '',
  });
  if (!ok) throw wrong();
  return nextAuthStep(context, pool, client, user);
}
