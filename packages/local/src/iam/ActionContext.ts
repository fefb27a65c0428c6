import type { State } from '../store/State.js';
import type { QueryParams } from '../wire/memberList.js';
import type { XmlValue } from '../wire/toXml.js';

/** Who made a request, as IAM and STS describe them. */
export interface Caller {
  readonly kind: 'root' | 'user' | 'role';
  readonly arn: string;
  /** `UserId` of GetCallerIdentity: the account, a user id, or `roleId:sessionName`. */
  readonly userId: string;
  readonly accessKeyId: string;
  readonly userName?: string | undefined;
  readonly roleName?: string | undefined;
}

/** Everything a Query action needs. */
export interface ActionContext {
  readonly state: State;
  readonly params: QueryParams;
  readonly caller: Caller;
  readonly now: number;
}

/** A Query action: returns the `<XResult>` content, or undefined for operations without output. */
export type QueryAction = (context: ActionContext) => Record<string, XmlValue> | undefined;
