import { identifier } from './identifiers.js';

/** The function calling an operation: its name with a lower-case first letter (`ListUsers` → `listUsers`). */
export const operationFunctionName = (operation: string): string =>
  identifier(operation.charAt(0).toLowerCase() + operation.slice(1));

/** The paginator of an operation: `paginate` + the operation name. */
export const paginatorName = (operation: string): string => identifier(`paginate${operation}`);

/** A waiter: `waitUntil` + the waiter's name in `waiters-2.json`. */
export const waiterName = (waiter: string): string => identifier(`waitUntil${waiter}`);
