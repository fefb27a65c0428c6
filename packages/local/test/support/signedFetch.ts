import { createSigner } from '@iamkit/signer';
import type { Credentials } from '../../src/index.js';

/** Sends a form-encoded Query request signed (headers) at `signingDate` with `credentials`. */
export async function signedQuery(
  url: string,
  credentials: Credentials & { sessionToken?: string },
  body: string,
  options: { signingDate?: Date; service?: string; tamper?: (headers: Record<string, string>) => void } = {},
): Promise<{ status: number; text: string }> {
  const signer = createSigner({ credentials, region: 'us-east-1', service: options.service ?? 'iam' });
  const signed = await signer.sign(
    {
      method: 'POST',
      url: `${url}/`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body,
    },
    options.signingDate ? { signingDate: options.signingDate } : {},
  );
  const headers = { ...(signed.headers as Record<string, string>) };
  options.tamper?.(headers);
  const response = await fetch(`${url}/`, { method: 'POST', headers, body });
  return { status: response.status, text: await response.text() };
}

/** The `<Code>` of a Query error body. */
export const errorCode = (xml: string): string | undefined => /<Code>([^<]*)<\/Code>/.exec(xml)?.[1];
