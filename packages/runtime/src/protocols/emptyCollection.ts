import { resolveSchema, type SchemaRef } from '../schema.js';

/**
 * What an output member AWS left out reads as: `[]` for a list, `{}` for a map (so results never need
 * `?? []`), `undefined` (absent) for anything else.
 */
export const emptyCollection = (ref: SchemaRef): unknown[] | Record<string, unknown> | undefined => {
  const { type } = resolveSchema(ref);
  return type === 'list' ? [] : type === 'map' ? {} : undefined;
};
