// Counts the crypto.subtle calls one signature makes, so the bench can demand that the WebCrypto
// signer and the WebCrypto floor do the same number of round trips to Node's crypto worker threads.

const METHODS = ['digest', 'sign', 'importKey', 'verify', 'deriveBits', 'exportKey'];

/**
 * Runs `run` once with every crypto.subtle method counted (on SubtleCrypto's prototype, where
 * every lookup of `crypto.subtle.x` lands), then restores the methods.
 * @param {() => Promise<unknown>} run
 * @returns {Promise<{ counts: Record<string, number>, text: string }>}  text e.g. "2 digest + 1 sign"
 */
export async function subtleCalls(run) {
  const proto = Object.getPrototypeOf(globalThis.crypto.subtle);
  const counts = {};
  const saved = {};
  for (const method of METHODS) {
    const original = proto[method];
    saved[method] = original;
    proto[method] = function counted(...args) {
      counts[method] = (counts[method] ?? 0) + 1;
      return original.apply(this, args);
    };
  }
  try {
    await run();
  } finally {
    for (const method of METHODS) proto[method] = saved[method];
  }
  const text =
    Object.entries(counts)
      .map(([method, count]) => `${count} ${method}`)
      .join(' + ') || 'no subtle calls';
  return { counts, text };
}
