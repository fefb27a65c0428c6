import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import type { JsonObject } from './json.js';

const DATE = ts.factory.createTypeReferenceNode('Date');
const BYTES = ts.factory.createTypeReferenceNode('Uint8Array');

/**
 * TypeScript types for a document, through openapi-typescript. Timestamps and blobs are typed as the values
 * callers handle (`Date`, `Uint8Array`); the protocol runtime converts them to and from their wire form using
 * the runtime schema, which knows each timestamp's format.
 *
 * @example
 * ```ts
 * const source = await toTypes(toOpenApi(loaded, iamConfig)); // `export interface components { ... }`
 * ```
 */
export const toTypes = async (document: JsonObject): Promise<string> => {
  const ast = await openapiTS(document as unknown as Parameters<typeof openapiTS>[0], {
    silent: true,
    transform(schema) {
      if (schema.format === 'date-time') return DATE;
      if (schema.format === 'byte') return BYTES;
      return undefined;
    },
  });
  return astToString(ast);
};
