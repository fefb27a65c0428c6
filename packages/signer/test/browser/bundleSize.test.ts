// The budget from issue 15: what a browser app ships to sign and presign (minified, gzip -9).
// Built from dist through the package's exports, as a user's bundler would see it. The suite
// guards today's size so it can only shrink, and names the budget while it is not met.
import { describe, expect, test } from 'vitest';
import {
  measureBundle,
  SIZE_BUDGET_BYTES,
  SIZE_GUARD_BYTES,
  signerEntry,
} from '../../scripts/bundleSize.mjs';

describe('browser bundle (sign + presign, esbuild --minify --platform=browser, gzip -9)', () => {
  test('resolves the WebCrypto build, never the node:crypto one', async () => {
    const { inputs } = await measureBundle(signerEntry);
    expect(inputs).toContain('dist/index.js');
    expect(inputs.filter((input) => input.includes('index.node'))).toEqual([]);
  });

  test(`stays at most ${SIZE_GUARD_BYTES} bytes gzipped (budget ${SIZE_BUDGET_BYTES} B)`, async () => {
    const { gzipBytes, minifiedBytes } = await measureBundle(signerEntry);
    expect(minifiedBytes).toBeGreaterThan(0);
    if (gzipBytes > SIZE_BUDGET_BYTES) {
      console.warn(
        `signer browser bundle: ${gzipBytes} B gzip, ${gzipBytes - SIZE_BUDGET_BYTES} B over the ${SIZE_BUDGET_BYTES} B budget`,
      );
    }
    expect(gzipBytes, `${gzipBytes} B gzip (${minifiedBytes} B minified)`).toBeLessThanOrEqual(
      SIZE_GUARD_BYTES,
    );
  });
});
