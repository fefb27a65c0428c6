// @iamkit/signer as the benchmark drives it, once per entry. By its name, Node resolves the package
// through package.json "exports" exactly as a user's code would: the `node` condition, the node
// entry (node:crypto). Browsers, workers, Deno and Bun get the universal entry (dist/index.js,
// WebCrypto); under Node only its path reaches it, so that is how the WebCrypto column loads it.
import * as nodeEntry from '@iamkit/signer';
import * as universalEntry from '../dist/index.js';
import { credentials, signingDate } from './workloads.mjs';

/**
 * @param {string} name
 * @param {string} alignment  how it was set up, printed with the results
 * @param {typeof nodeEntry} entry  the module: its createSigner with default options
 * @param {string} backend  the backend name `explain` must report, proving which one was timed
 * @param {object} [options]  more createSigner options
 */
function adapter(name, alignment, entry, backend, options = {}) {
  const signers = new Map();
  return {
    name,
    alignment,
    backend,
    make(w) {
      const key = `${w.region}/${w.service}`;
      if (!signers.has(key)) {
        signers.set(
          key,
          entry.createSigner({ credentials, region: w.region, service: w.service, ...options }),
        );
      }
      const signer = signers.get(key);
      const usedBackend = async () => (await entry.explain(signer, { method: w.method, url: w.url })).crypto;
      if (w.kind === 'presign') {
        return {
          run: () =>
            signer.presign({ method: w.method, url: w.url }, { expiresIn: w.expiresIn, signingDate }),
          read: (out) => ({ url: out.url }),
          usedBackend,
        };
      }
      return {
        run: () =>
          signer.sign({ method: w.method, url: w.url, headers: w.headers, body: w.body }, { signingDate }),
        read: (out) => ({ authorization: out.headers.authorization }),
        usedBackend,
      };
    },
  };
}

export const oursNode = adapter(
  '@iamkit/signer (node)',
  'defaults; `@iamkit/signer` resolved through the "node" export condition (node entry, node:crypto)',
  nodeEntry,
  'node:crypto',
);

export const oursWebCrypto = adapter(
  '@iamkit/signer (WebCrypto)',
  "defaults; the universal entry dist/index.js that every non-node runtime resolves (WebCrypto, here Node's globalThis.crypto.subtle)",
  universalEntry,
  'webcrypto',
);

// For information, not a target: the node entry's parts with the WebCrypto backend, which splits
// the universal entry's distance to the WebCrypto floor into the backend's share and the compact
// parts' share.
export const oursNodeEntryWebCrypto = adapter(
  '@iamkit/signer (node entry, WebCrypto backend)',
  '`@iamkit/signer` through the "node" condition with `crypto: webCryptoBackend`: the node entry\'s parts, WebCrypto hashing (for information)',
  nodeEntry,
  'webcrypto',
  { crypto: nodeEntry.webCryptoBackend },
);
