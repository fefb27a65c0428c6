import { transform } from 'esbuild';

/**
 * Evaluates generated TypeScript as a real ES module (types stripped by esbuild), so tests look at the
 * objects the runtime will get rather than at source text.
 */
export const importModule = async (source: string): Promise<Record<string, unknown>> => {
  const { code } = await transform(source, { loader: 'ts', format: 'esm' });
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
};
