import { createSigner } from '@iamkit/signer';
import { type Check, check } from './check.js';
import type { SigV4Case } from './conformanceInput.js';

const headerSignature = (authorization: unknown) =>
  /Signature=([0-9a-f]{64})$/.exec(String(authorization))?.[1] ?? `no signature in ${String(authorization)}`;
const querySignature = (url: string) =>
  /[?&]X-Amz-Signature=([0-9a-f]{64})(?:&|$)/.exec(url)?.[1] ?? `no signature in ${url}`;

/**
 * Signs (Authorization header) and presigns (query) every case of AWS's suite with the runtime's
 * default crypto backend, each compared with the suite's signature.
 */
export async function sigv4Checks(cases: readonly SigV4Case[]): Promise<Check[]> {
  const checks: Check[] = [];
  for (const { name, context, request, expected } of cases) {
    const { access_key_id, secret_access_key, token } = context.credentials;
    const signer = createSigner({
      credentials: {
        accessKeyId: access_key_id,
        secretAccessKey: secret_access_key,
        ...(token === undefined ? {} : { sessionToken: token }),
      },
      region: context.region,
      service: context.service,
      clock: () => new Date(context.timestamp),
      normalizePath: context.normalize,
      uriEscapePath: true, // aws-c-auth's runner always double-encodes
    });
    const options = {
      addContentSha256Header: context.sign_body,
      omitSessionTokenFromSignature: context.omit_session_token === true,
    };
    checks.push(
      await check(`sigv4/${name}/header`, expected.header, async () => {
        const signed = await signer.sign(request, options);
        return headerSignature(signed.headers.authorization);
      }),
      await check(`sigv4/${name}/query`, expected.query, async () => {
        const { url } = await signer.presign(request, {
          ...options,
          expiresIn: context.expiration_in_seconds,
        });
        return querySignature(url);
      }),
    );
  }
  return checks;
}
