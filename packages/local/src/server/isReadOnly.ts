/**
 * Whether an action only reads, so nothing needs persisting before answering: Get, List and
 * Describe actions, except GetSessionToken, which issues credentials.
 */
export const isReadOnly = (action: string): boolean =>
  /^(Get|List|Describe)/.test(action) && action !== 'GetSessionToken';
