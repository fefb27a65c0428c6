/**
 * The one error class of `@iamkit/codegen`: a model the generator cannot translate faithfully, a missing
 * botocore installation, or a document the validator rejects. Generation stops before writing anything.
 *
 * @example
 * ```ts
 * try { await generate({ root }); } catch (e) { if (isCodegenError(e)) console.error(e.message); }
 * ```
 */
export class CodegenError extends Error {
  override readonly name = 'CodegenError';
}

/** Compares `name` rather than using `instanceof`, which fails across dual ESM/CJS copies. */
export const isCodegenError = (value: unknown): value is CodegenError =>
  value instanceof Error && value.name === 'CodegenError';
