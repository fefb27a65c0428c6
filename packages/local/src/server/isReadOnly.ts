/** Whether an action name only reads (so nothing needs persisting). */
export const isReadOnly = (action: string): boolean => /^(Get|List|Describe)/.test(action);
