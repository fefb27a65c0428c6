import { describe, expect, it } from 'vitest';
import { partitions } from '../src/generated/partitions.js';
import {
  isEndpointResolutionError,
  isInvalidConnectionError,
  isUnsupportedRegionError,
  type ResolvedEndpoint,
  resolveConnection,
  resolveEndpoint,
  type ServiceId,
} from '../src/index.js';

// Values an attacker (or a careless paste) could put into `region` or `apiSubdomain`, trying to move the
// signed request to another host or to smuggle something into the URL.
const HOSTILE_REGIONS: string[] = [
  'us-east-1.evil.com',
  'evil.com',
  'us-east-1/',
  'us-east-1/../x',
  'us-east-1\\evil',
  'user@us-east-1',
  'us-east-1@evil.com',
  'us-east-1:443',
  'us-east-1:8080',
  'us-east-1?x=1',
  'us-east-1#frag',
  'us-east-1%2eevil.com',
  'us%2Deast-1',
  ' us-east-1',
  'us-east-1 ',
  'us-east-1\n',
  'us-east-1\r\nHost: evil.com',
  'us-east-1\t',
  'us-east-1\0',
  'us-east-1\u0000evil',
  'US-EAST-1',
  'Us-East-1',
  'us-EAST-1',
  'us-e\u0430st-1', // Cyrillic a
  'us-east-\uff11', // fullwidth digit one
  'us\u2010east-1', // Unicode hyphen
  'us-east-1.',
  'us-east-1..',
  '.us-east-1',
  'us-east-1.amazonaws.com.example.com',
  'amazonaws.com.example.com',
  'us-east-1.amazonaws.com',
  'localhost',
  '127.0.0.1',
  '[::1]',
  '',
  'us-east-1\u200b', // zero-width space
  'us-east-1\u00ad', // soft hyphen
  'us_east_1',
  'us-east-1-',
  '-us-east-1',
  'us--east-1',
  'us-east-',
  'us-east',
  'useast1',
  'us-east-1/evil.com',
  'evil.com/us-east-1',
  'https://evil.com',
  '//evil.com',
  'us-east-1;evil.com',
  'us-east-1,evil.com',
  '*.us-east-1',
  'us-east-1*',
  '$' + '{Region}', // a shell-style placeholder, built so no linter mistakes it for a template
  '{Region}',
  '{PartitionResult#dnsSuffix}',
  'us-east-1\u2028',
  'us-east-1\u0130',
  'xn--us-east-1',
  'us-east-1'.repeat(20),
  'us-east-99999',
  '\uff41ws-global', // fullwidth a
  'aws-global.',
  'AWS-GLOBAL',
  'us-east-1\uff0eevil.com', // fullwidth full stop, which URL parsing maps to '.'
  'us-east-1\u3002evil.com', // ideographic full stop, likewise
  'us-east-1%00',
  'us-east-1&x=1',
  'us-east-1 evil.com',
  'cn-north-1.amazonaws.com.cn.evil.com',
  'zz-east-1',
  'fips-us-east-1.evil.com',
];

const HOSTILE_API_SUBDOMAINS: string[] = [
  'idp.us-east-1.evil.com',
  'cognito-idp.us-east-1.amazonaws.com',
  'cognito-idp.us-east-1.amazonaws.com.example.com',
  'evil.com',
  'idp',
  'idp.',
  'idp..us-east-1',
  '.idp.us-east-1',
  'idp.us-east-1.',
  'IDP.us-east-1',
  'Idp.us-east-1',
  'idp.US-EAST-1',
  'idp-FIPS.us-east-1',
  'cognito.us-east-1',
  'cognito-idp-fips-fips.us-east-1',
  'fips-idp.us-east-1',
  'idp-fips',
  'xidp.us-east-1',
  'idp.us-east-1:443',
  'idp.us-east-1/',
  'idp.us-east-1?x',
  'idp.us-east-1#x',
  'user@idp.us-east-1',
  'idp.us-east-1@evil.com',
  'idp%2eus-east-1',
  'idp.us-east-1%2eevil.com',
  ' idp.us-east-1',
  'idp.us-east-1\n',
  'idp\tus-east-1',
  '\u0456dp.us-east-1', // Cyrillic i
  'idp\uff0eus-east-1', // fullwidth full stop
  'idp\u3002us-east-1', // ideographic full stop
  'https://cognito-idp.us-east-1.amazonaws.com',
  '//idp.us-east-1',
  'idp.us-east-1\\evil',
  'cognito-idp.evil.com',
  'idp.localhost',
  'idp.127.0.0.1',
  'idp-fips.us-east-1.',
  'idp.{Region}',
  'cognito-idp.amazonaws.com',
  'idp.us-east-1 .evil.com',
  ...HOSTILE_REGIONS.map((region) => `idp.${region}`),
  ...HOSTILE_REGIONS.slice(0, 20).map((region) => `cognito-idp-fips.${region}`),
];

const SERVICES: ServiceId[] = ['iam', 'cognito-idp', 'sts'];
const VARIANTS = [{}, { useFips: true }, { useDualStack: true }, { useFips: true, useDualStack: true }];
const CREDENTIALS = { username: 'AKIDEXAMPLE', password: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };

// Either a typed validation error, or a URL whose host sits inside the partition's AWS domains.
function expectSafe(run: () => ResolvedEndpoint): 'refused' | 'resolved' {
  let result: ResolvedEndpoint;
  try {
    result = run();
  } catch (error) {
    // Validation errors, or (an empty platform region counts as unset) the rule set's "Missing Region".
    expect(
      isInvalidConnectionError(error) || isUnsupportedRegionError(error) || isEndpointResolutionError(error),
    ).toBe(true);
    expect((error as Error).message).toMatch(/^[\x20-\x7e]*$/);
    return 'refused';
  }
  const { hostname, port, username, protocol } = new URL(result.url);
  const partition = partitions.find((candidate) => candidate.id === result.partition);
  const suffixes = partition ? [partition.outputs.dnsSuffix, partition.outputs.dualStackDnsSuffix] : [];
  expect(suffixes.some((suffix) => hostname.endsWith(`.${suffix}`))).toBe(true);
  expect({ port, username, protocol }).toEqual({ port: '', username: '', protocol: 'https:' });
  return 'resolved';
}

function outcomes(field: 'region' | 'apiSubdomain', value: string) {
  const seen = new Set<string>();
  for (const service of SERVICES) {
    for (const variant of VARIANTS) {
      seen.add(expectSafe(() => resolveEndpoint({ service, ...variant, [field]: value })));
      seen.add(
        expectSafe(() =>
          resolveConnection(
            { credentials: CREDENTIALS, connection_config: { [field]: value } },
            { service, ...variant },
          ),
        ),
      );
    }
  }
  return seen;
}

describe('hostile region values never yield a URL outside AWS', () => {
  it('has at least 50 of them', () => expect(new Set(HOSTILE_REGIONS).size).toBeGreaterThanOrEqual(50));
  it.each(HOSTILE_REGIONS.map((value) => [JSON.stringify(value), value]))(
    'region %s is refused',
    (_, value) => {
      expect([...outcomes('region', value!)]).toEqual(['refused']);
    },
  );
});

describe('hostile apiSubdomain values never yield a URL outside AWS', () => {
  it('has at least 50 of them', () =>
    expect(new Set(HOSTILE_API_SUBDOMAINS).size).toBeGreaterThanOrEqual(50));
  it.each(HOSTILE_API_SUBDOMAINS.map((value) => [JSON.stringify(value), value]))(
    'apiSubdomain %s is refused',
    (_, value) => {
      expect([...outcomes('apiSubdomain', value!)]).toEqual(['refused']);
    },
  );
});

describe('the same check passes for well-formed values', () => {
  it.each(['us-east-1', 'cn-north-1', 'us-gov-west-1', 'eusc-de-east-1', 'us-isob-east-1'])(
    'region %s',
    (region) => {
      for (const service of ['iam', 'sts'] as const) {
        expect(expectSafe(() => resolveEndpoint({ service, region }))).toBe('resolved');
      }
    },
  );
});

describe('generated inputs: real-looking regions, some with hostile fragments spliced in', () => {
  const AREAS = ['us', 'eu', 'ap', 'sa', 'me', 'cn', 'us-gov', 'us-iso', 'us-isob', 'eusc-de', 'zz'];
  const DIRECTIONS = ['east', 'west', 'north', 'south', 'central', 'northeast', 'southeast'];
  const NASTY = [
    '.',
    '.evil.com',
    'amazonaws.com',
    '@',
    ':443',
    '/',
    '%2e',
    '\u0430',
    'A',
    ' ',
    '\n',
    '#',
    '?',
    '\\',
  ];
  const PREFIXES = ['', 'idp.', 'cognito-idp.', 'idp-fips.', 'cognito-idp-fips.'];

  // A small deterministic PRNG (mulberry32), so a failure reproduces.
  function random(seed: number) {
    let state = seed;
    return () => {
      state = (state + 0x6d2b79f5) | 0;
      let t = Math.imul(state ^ (state >>> 15), 1 | state);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  it('never yields a URL outside the partition, over 3000 combinations', () => {
    const next = random(20261126);
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
    const counts = { refused: 0, resolved: 0 };
    for (let i = 0; i < 3000; i++) {
      let value = `${pick(AREAS)}-${pick(DIRECTIONS)}-${1 + Math.floor(next() * 12)}`;
      if (next() < 0.5) {
        const at = Math.floor(next() * (value.length + 1));
        value = value.slice(0, at) + pick(NASTY) + value.slice(at);
      }
      const service = pick(SERVICES);
      counts[expectSafe(() => resolveEndpoint({ service, region: value }))]++;
      counts[expectSafe(() => resolveEndpoint({ service, apiSubdomain: `${pick(PREFIXES)}${value}` }))]++;
    }
    // Both outcomes occur, so the host assertion in expectSafe really ran.
    expect(counts.resolved).toBeGreaterThan(500);
    expect(counts.refused).toBeGreaterThan(500);
  });
});
