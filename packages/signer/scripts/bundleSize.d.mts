/** The signer's budget, gzip bytes for sign + presign in a browser bundle. */
export declare const SIZE_BUDGET_BYTES: number;
/** What the test suite enforces until the budget is met. */
export declare const SIZE_GUARD_BYTES: number;
/** Entry that uses @iamkit/signer's default (non-node) build the way a browser app does. */
export declare const signerEntry: string;
/** The same for aws4fetch's signer class (AwsV4Signer, without its fetch client). */
export declare const aws4fetchEntry: string;
/** Bundles `contents` for the browser (esbuild, minified) and measures it, gzip -9. */
export declare function measureBundle(
  contents: string,
): Promise<{ minifiedBytes: number; gzipBytes: number; inputs: string[] }>;
/** Bundles `contents` as a browser app's bundler would (esbuild, browser conditions, ESM). */
export declare function bundleForBrowser(
  contents: string,
  options?: { resolveDir?: string; minify?: boolean; loader?: 'js' | 'ts' },
): Promise<{ code: Uint8Array; text: string; inputs: string[] }>;
