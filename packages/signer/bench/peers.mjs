// The peer signers, each set up so that it signs exactly what @iamkit/signer signs: the same header
// set (content-type, host, x-amz-date, plus x-amz-target for Cognito), the same payload hash, the same
// date. How each one had to be aligned is written next to it and printed with the results.
//
// Every adapter turns a workload into `run()`, the call that is timed (it builds its per-call input,
// as a caller would), and `read(output)`, which pulls the Authorization header or the presigned URL
// out of the peer's own result shape for the cross-check (not timed).
import smithyHash from '@smithy/hash-node';
import smithyHttp from '@smithy/protocol-http';
import smithySignature from '@smithy/signature-v4';
import aws4 from 'aws4';
import { AwsV4Signer } from 'aws4fetch';
import { amzDate, credentials, signingDate } from './workloads.mjs';

// The smithy packages are CommonJS without named-export hints for Node's ESM loader.
// @smithy/hash-node exports `Hash`; the AWS SDK for Node passes it bound to sha256 exactly like this.
const Sha256 = smithyHash.Hash.bind(null, 'sha256');
const { HttpRequest } = smithyHttp;
const { SignatureV4 } = smithySignature;

const aws4Adapter = {
  name: 'aws4',
  alignment:
    'adds and signs Content-Length for bodies: `extraHeadersToIgnore: { "content-length": true }`; fixed date via an `X-Amz-Date` header (query param when presigning); X-Amz-Expires put in the query',
  make(w) {
    const pathAndQuery = w.path + w.search;
    const presign = w.kind === 'presign';
    const options = () =>
      presign
        ? {
            method: w.method,
            host: w.host,
            path: `${pathAndQuery}&X-Amz-Expires=${w.expiresIn}&X-Amz-Date=${amzDate}`,
            service: w.service,
            region: w.region,
            signQuery: true,
          }
        : {
            method: w.method,
            host: w.host,
            path: pathAndQuery,
            service: w.service,
            region: w.region,
            headers: { ...w.headers, 'X-Amz-Date': amzDate },
            body: w.body,
            extraHeadersToIgnore: { 'content-length': true },
          };
    return {
      run: async () => aws4.sign(options(), credentials),
      read: (out) =>
        presign
          ? { url: `${w.protocol}//${out.host ?? out.hostname}${out.path}` }
          : { authorization: out.headers.Authorization },
      // aws4 exposes its steps: the floor hashes exactly this canonical request and string to sign.
      steps: () => {
        const steps = new aws4.RequestSigner(options(), credentials);
        return { canonicalRequest: steps.canonicalString(), stringToSign: steps.stringToSign() };
      },
    };
  },
};

// One cache shared across calls, as aws4fetch's AwsClient does; a fresh Map per call would
// recompute the signing key every time.
const aws4fetchCache = new Map();
const aws4fetchAdapter = {
  name: 'aws4fetch',
  alignment:
    'does not sign content-type by default: `allHeaders: true`; `AwsV4Signer` (the signer without fetch/Request) with a shared key cache; fixed date via `datetime`; X-Amz-Expires put in the URL',
  make(w) {
    const base = {
      method: w.method,
      headers: w.headers,
      body: w.body,
      ...credentials,
      service: w.service,
      region: w.region,
      cache: aws4fetchCache,
      datetime: amzDate,
      allHeaders: true,
    };
    if (w.kind === 'presign') {
      const url = `${w.url}&X-Amz-Expires=${w.expiresIn}`;
      return {
        run: () => new AwsV4Signer({ ...base, url, signQuery: true }).sign(),
        read: (out) => ({ url: out.url.toString() }),
      };
    }
    return {
      run: () => new AwsV4Signer({ ...base, url: w.url }).sign(),
      read: (out) => ({ authorization: out.headers.get('authorization') }),
    };
  },
};

const smithySigner = new Map();
const smithyAdapter = {
  name: '@smithy/signature-v4',
  alignment:
    'adds and signs x-amz-content-sha256 by default: `applyChecksum: false`; `Hash.bind(null, "sha256")` from @smithy/hash-node (as the AWS SDK does); request as an `HttpRequest` with a host header and the decoded query object; `signingDate`',
  make(w) {
    const key = `${w.region}/${w.service}`;
    if (!smithySigner.has(key)) {
      smithySigner.set(
        key,
        new SignatureV4({
          credentials,
          region: w.region,
          service: w.service,
          sha256: Sha256,
          applyChecksum: false,
        }),
      );
    }
    const signer = smithySigner.get(key);
    const request = () =>
      new HttpRequest({
        method: w.method,
        protocol: w.protocol,
        hostname: w.host,
        path: w.path,
        query: Object.fromEntries(w.query),
        headers: { ...w.headers, host: w.host },
        body: w.body,
      });
    if (w.kind === 'presign') {
      return {
        run: () => signer.presign(request(), { signingDate, expiresIn: w.expiresIn }),
        read: (out) => ({ url: `${w.protocol}//${out.hostname}${out.path}?${encodeQuery(out.query)}` }),
      };
    }
    return {
      run: () => signer.sign(request(), { signingDate }),
      read: (out) => ({ authorization: out.headers.authorization }),
    };
  },
};

// Smithy returns the query as an object; the caller serialises it (the SDK's http handler does).
function encodeQuery(query) {
  return Object.entries(query)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
    .join('&');
}

export const peers = [aws4Adapter, aws4fetchAdapter, smithyAdapter];
