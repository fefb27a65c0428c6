// A differential fuzz of presigned URLs against botocore's SigV4QueryAuth, on URLs built from the
// characters that delimit a path and a query (`?`, `&`, `=`, `/`, escapes) at every edge: a path
// ending in `&` or `=`, an empty query (`?`), `?&`, trailing or doubled `&`, bare names. Both must
// put the same path and the same parameters on the wire and sign them to the same signature.
// botocore re-encodes the query (and keeps one value per name), so names are unique here; `+`,
// `..` and `#` are left out, where botocore reads the URL differently from fetch (a space, a kept
// `..` segment, the signature appended after the fragment): the WHATWG URL test covers `#`.
import { execFileSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { variants } from './support/backends.js';
import { ACCESS_KEY_ID, DATE, SECRET } from './support/fixtures.js';
import { random } from './support/random.js';

const BOTOCORE_PRESIGNER = `
import datetime, json, sys
from unittest import mock
import botocore.auth
from botocore.auth import SigV4QueryAuth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

fixed = datetime.datetime(2015, 8, 30, 12, 36, 0)
creds = Credentials(sys.argv[1], sys.argv[2])
out = []
with mock.patch.object(botocore.auth, 'get_current_datetime', return_value=fixed):
    for url in json.loads(sys.stdin.read()):
        request = AWSRequest(method='GET', url=url, headers={}, data='')
        SigV4QueryAuth(creds, 'iam', 'us-east-1', expires=900).add_auth(request)
        out.append(request.url)
print(json.dumps(out))
`;

const ORIGIN = 'https://iam.amazonaws.com';
const COUNT = 3000;

const next = random(15);
const pick = (items: readonly string[]) => items[Math.floor(next() * items.length)]!;
const text = (pieces: readonly string[], max: number) =>
  Array.from({ length: Math.floor(next() * (max + 1)) }, () => pick(pieces)).join('');

const PATH_PIECES = ['/', '/', 'a', 'B', '&', '&', '=', '%20', '%41', '.', '-', '~', ';', ',', '!', '*'];
// No piece starts with a hex digit: after a lone `%` it would make an escape of a byte that is not
// UTF-8, which botocore and fetch read differently.
const VALUE_PIECES = ['x', 'Z', '=', '?', '/', '%20', '%41', '%2f', '%', '~', '.', '!', '*', ';', ','];

/** A query of unique names: bare, `name=`, `name=value`, with empty parts anywhere. */
function query(): string {
  const parts: string[] = [];
  for (let count = Math.floor(next() * 5); count > 0; count--) {
    const roll = next();
    const name = `${pick(['a', 'x', '?', '%41', 'q%20'])}${parts.length}`;
    parts.push(roll < 0.2 ? '' : roll < 0.35 ? name : `${name}=${text(VALUE_PIECES, 4)}`);
  }
  return parts.join('&') + (next() < 0.2 ? '&' : '');
}

const urls = Array.from({ length: COUNT }, (_, index) => {
  // A few fixed edges first, then generated ones.
  const fixed = ['/a&', '/a=', '/&', '/?', '/?&', '/a?b&', '/?&&a=1&', '', '?', '/a&?b=1', '/a&/'];
  if (index < fixed.length) return ORIGIN + fixed[index];
  const path = text(PATH_PIECES, 6).replace(/\.\.+/g, '.');
  return ORIGIN + (path && !path.startsWith('/') ? '/' + path : path) + (next() < 0.7 ? '?' + query() : '');
});

function botocore(): string[] | undefined {
  try {
    return JSON.parse(
      execFileSync('python3', ['-c', BOTOCORE_PRESIGNER, ACCESS_KEY_ID, SECRET], {
        input: JSON.stringify(urls),
        maxBuffer: 64 * 1024 * 1024,
      }).toString(),
    );
  } catch (error) {
    if (process.env.CI) throw error;
    console.warn(
      `\n[signer] SKIPPING the botocore presign fuzz: python3 with botocore unavailable (${error})\n`,
    );
    return undefined;
  }
}

const reference = botocore();

/** What a server reads from a presigned URL: the path, the parameters (decoded, sorted) and the signature. */
function onTheWire(url: string) {
  const rest = url.slice(ORIGIN.length);
  const question = rest.indexOf('?');
  const path = question < 0 ? rest : rest.slice(0, question);
  const pairs = (question < 0 ? '' : rest.slice(question + 1))
    .split('&')
    .filter(Boolean)
    .map((part) => {
      const equals = part.indexOf('=');
      const [name, value] = equals < 0 ? [part, ''] : [part.slice(0, equals), part.slice(equals + 1)];
      // As parse_qs reads them: a `%` that starts no escape is data.
      const decode = (raw: string) => raw.replace(/(?:%[\da-f]{2})+/gi, (run) => decodeURIComponent(run));
      return `${decode(name)}\n${decode(value)}`;
    });
  const signature = pairs.find((pair) => pair.startsWith('X-Amz-Signature\n'));
  return { path, parameters: pairs.filter((pair) => pair !== signature).sort(), signature };
}

describe.skipIf(!reference)(
  `presigned URLs at the edges of path and query, ${COUNT} against botocore`,
  () => {
    test.each(variants)('%s', async (_label, crypto, createSigner) => {
      const signer = createSigner({
        credentials: { accessKeyId: ACCESS_KEY_ID, secretAccessKey: SECRET },
        region: 'us-east-1',
        service: 'iam',
        crypto,
      });
      for (const [index, url] of urls.entries()) {
        const { url: ours } = await signer.presign({ url }, { signingDate: DATE, expiresIn: 900 });
        expect(onTheWire(ours), url).toEqual(onTheWire(reference![index]!));
      }
    });
  },
);
