import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { API_SUBDOMAIN_FORMS, resolveConnection, type ServiceId } from '../src/index.js';

const readme = readFileSync(
  path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'README.md'),
  'utf8',
);

function tableRows(marker: string): string[][] {
  const block = readme.split(`<!-- ${marker}:start -->`)[1]?.split(`<!-- ${marker}:end -->`)[0] ?? '';
  return block
    .trim()
    .split('\n')
    .slice(2)
    .map((line) => line.split(' | ').map((cell) => cell.replace(/^\|?\s*`?|`?\s*\|?$/g, '')));
}

describe('README', () => {
  const rows = tableRows('examples');

  it('shows IAM and Cognito in three partitions each', () => {
    for (const service of ['iam', 'cognito-idp']) {
      const partitions = new Set(rows.filter((row) => row[0] === service).map((row) => row[5]));
      expect(partitions.size).toBeGreaterThanOrEqual(3);
    }
  });

  it.each(rows.map((row) => [row[0], row[1], row]))('%s %s is what the code returns', (_, __, row) => {
    const [service, config, url, signingRegion, signingName, partition] = row as string[];
    const result = resolveConnection(
      {
        credentials: { username: 'AKIDEXAMPLE', password: 'secret' },
        connection_config: JSON.parse(config!),
      },
      { service: service as ServiceId },
    );
    expect({ ...result, credentials: undefined }).toEqual({
      url,
      signingRegion,
      signingName,
      partition,
      credentials: undefined,
    });
  });

  it('lists exactly the accepted apiSubdomain forms', () => {
    expect(tableRows('forms').map((row) => row[0])).toEqual(API_SUBDOMAIN_FORMS);
  });
});

describe('README credential providers', () => {
  it('lists exactly the providers the node entry exports', async () => {
    const node = await import('../src/node/index.js');
    const exported = Object.keys(node).filter((name) => /^(from|default)/.test(name));
    const listed = tableRows('providers').flatMap((row) =>
      [...(row[0] ?? '').matchAll(/(?:^|`)((?:from|default)\w+)\(/g)].map((match) => match[1]),
    );
    expect(listed.sort()).toEqual(exported.sort());
  });
});
