import type { Check } from '../../program/check.js';

/** One runtime's outcome, as the README's table shows it. */
export interface MatrixRow {
  title: string;
  version: string;
  pinned: boolean;
  /** Package name → the file of it the runtime loaded, relative to the package (`dist/index.node.js`). */
  entries: Record<string, string>;
  checks: Check[];
  passed: number;
}

/** `node_modules/@iamkit/signer/dist/index.js` (a path or file URL) → `dist/index.js`, for `name`. */
export function entryWithin(name: string, resolved: string): string | undefined {
  const marker = `node_modules/${name}/`;
  const path = decodeURIComponent(resolved.replace(/^file:\/\//, ''));
  const at = path.lastIndexOf(marker);
  return at < 0 ? undefined : path.slice(at + marker.length);
}
