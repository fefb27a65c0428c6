// @iamkit/signer as the benchmark drives it, once per crypto backend. The package is imported by
// its own name, so Node resolves it through package.json "exports" exactly as a user's code would
// (the `node` condition → the node:crypto backend) and the WebCrypto backend is passed explicitly.
import * as signerPackage from '@iamkit/signer';
import { credentials, signingDate } from './workloads.mjs';

const { createSigner } = signerPackage;

/**
 * @param {string} name
 * @param {string} alignment  how it was set up, printed with the results
 * @param {unknown} crypto  undefined = the package default for Node
 * @param {string} backend  the backend name `explain` must report, proving which one was timed
 */
function adapter(name, alignment, crypto, backend) {
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
          createSigner({ credentials, region: w.region, service: w.service, ...(crypto ? { crypto } : {}) }),
        );
      }
      const signer = signers.get(key);
      const usedBackend = async () => (await signer.explain({ method: w.method, url: w.url })).crypto;
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
  'defaults; resolved through the package "node" export condition (node:crypto backend)',
  undefined,
  'node:crypto',
);

export const oursWebCrypto = adapter(
  '@iamkit/signer (WebCrypto)',
  'defaults plus `crypto: <the WebCrypto backend>` (globalThis.crypto.subtle)',
  signerPackage.webCryptoBackend,
  'webcrypto',
);
