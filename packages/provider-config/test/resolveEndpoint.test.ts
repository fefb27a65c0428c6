import { describe, expect, it } from 'vitest';
import {
  API_SUBDOMAIN_FORMS,
  cognitoIdpEndpointRules,
  iamEndpointRules,
  isInvalidConnectionError,
  isProviderConfigError,
  isUnsupportedRegionError,
  type ResolveEndpointOptions,
  resolveEndpoint,
  resolveServiceEndpoint,
  stsEndpointRules,
} from '../src/index.js';
import { errorOf as thrownBy } from './support/thrown.js';

const errorOf = (options: ResolveEndpointOptions) => thrownBy(() => resolveEndpoint(options));

describe('IAM: one global endpoint per partition with a fixed signing region', () => {
  it('signs a connection in eu-west-1 for us-east-1', () => {
    expect(resolveEndpoint({ service: 'iam', region: 'eu-west-1' })).toEqual({
      url: 'https://iam.amazonaws.com',
      signingRegion: 'us-east-1',
      signingName: 'iam',
      partition: 'aws',
    });
  });

  it.each([
    ['ap-southeast-2', 'https://iam.amazonaws.com', 'us-east-1', 'aws'],
    ['cn-northwest-1', 'https://iam.cn-north-1.amazonaws.com.cn', 'cn-north-1', 'aws-cn'],
    ['us-gov-east-1', 'https://iam.us-gov.amazonaws.com', 'us-gov-west-1', 'aws-us-gov'],
    ['us-iso-west-1', 'https://iam.us-iso-east-1.c2s.ic.gov', 'us-iso-east-1', 'aws-iso'],
    ['us-isob-west-1', 'https://iam.us-isob-east-1.sc2s.sgov.gov', 'us-isob-east-1', 'aws-iso-b'],
    ['us-isof-east-1', 'https://iam.us-isof-south-1.csp.hci.ic.gov', 'us-isof-south-1', 'aws-iso-f'],
  ])('%s → %s signed for %s', (region, url, signingRegion, partition) => {
    expect(resolveEndpoint({ service: 'iam', region })).toEqual({
      url,
      signingRegion,
      signingName: 'iam',
      partition,
    });
  });

  it('resolves FIPS and dual-stack variants', () => {
    expect(resolveEndpoint({ service: 'iam', region: 'us-west-2', useFips: true }).url).toBe(
      'https://iam-fips.amazonaws.com',
    );
    expect(resolveEndpoint({ service: 'iam', region: 'us-west-2', useDualStack: true }).url).toBe(
      'https://iam.global.api.aws',
    );
  });
});

describe('Cognito user pools and STS', () => {
  it('is regional and signs for the region', () => {
    expect(resolveEndpoint({ service: 'cognito-idp', region: 'eu-central-1' })).toEqual({
      url: 'https://cognito-idp.eu-central-1.amazonaws.com',
      signingRegion: 'eu-central-1',
      signingName: 'cognito-idp',
      partition: 'aws',
    });
    expect(resolveEndpoint({ service: 'sts', region: 'cn-north-1', useDualStack: true }).url).toBe(
      'https://sts.cn-north-1.api.amazonwebservices.com.cn',
    );
  });

  it('refuses a region without Cognito, naming region and service', () => {
    for (const region of ['cn-north-1', 'us-iso-east-1', 'eu-isoe-west-1', 'aws-global']) {
      const error = errorOf({ service: 'cognito-idp', region });
      expect(isUnsupportedRegionError(error)).toBe(true);
      expect(error.message).toContain(`'${region}'`);
      expect(error.message).toContain('cognito-idp');
    }
  });

  it('lets a region newer than the data through when its partition has Cognito', () => {
    expect(resolveEndpoint({ service: 'cognito-idp', region: 'eu-south-7' }).url).toBe(
      'https://cognito-idp.eu-south-7.amazonaws.com',
    );
    expect(resolveEndpoint({ service: 'sts', region: 'ap-southeast-9' }).url).toBe(
      'https://sts.ap-southeast-9.amazonaws.com',
    );
  });

  it('refuses a well-formed region that no partition claims', () => {
    const error = errorOf({ service: 'sts', region: 'zz-east-1' });
    expect(isUnsupportedRegionError(error)).toBe(true);
    expect(error.message).toContain('zz-east-1');
  });
});

describe('apiSubdomain', () => {
  it('documents exactly the four forms', () => {
    expect(API_SUBDOMAIN_FORMS).toEqual([
      'idp.REGION',
      'cognito-idp.REGION',
      'idp-fips.REGION',
      'cognito-idp-fips.REGION',
    ]);
  });

  it.each([
    ['idp.us-east-2', 'https://cognito-idp.us-east-2.amazonaws.com'],
    ['cognito-idp.us-east-2', 'https://cognito-idp.us-east-2.amazonaws.com'],
    ['idp-fips.us-east-2', 'https://cognito-idp-fips.us-east-2.amazonaws.com'],
    ['cognito-idp-fips.us-east-2', 'https://cognito-idp-fips.us-east-2.amazonaws.com'],
    ['idp-fips.us-gov-west-1', 'https://cognito-idp-fips.us-gov-west-1.amazonaws.com'],
    ['idp.eusc-de-east-1', 'https://cognito-idp.eusc-de-east-1.amazonaws.eu'],
  ])('%s → %s', (apiSubdomain, url) => {
    const result = resolveEndpoint({ service: 'cognito-idp', apiSubdomain });
    expect(result.url).toBe(url);
    expect(result.signingRegion).toBe(apiSubdomain.split('.')[1]);
  });

  it('accepts a region that agrees and refuses one that does not, naming both', () => {
    expect(
      resolveEndpoint({ service: 'cognito-idp', region: 'us-east-2', apiSubdomain: 'idp.us-east-2' }).url,
    ).toBe('https://cognito-idp.us-east-2.amazonaws.com');
    const error = errorOf({ service: 'cognito-idp', region: 'us-east-1', apiSubdomain: 'idp.us-east-2' });
    expect(isInvalidConnectionError(error)).toBe(true);
    expect(error.message).toContain('us-east-1');
    expect(error.message).toContain('idp.us-east-2');
  });

  it('refuses a FIPS form when useFips is explicitly false', () => {
    expect(
      isInvalidConnectionError(
        errorOf({ service: 'cognito-idp', apiSubdomain: 'idp-fips.us-east-1', useFips: false }),
      ),
    ).toBe(true);
  });

  it('validates the region inside it', () => {
    const error = errorOf({ service: 'cognito-idp', apiSubdomain: 'idp.us-east' });
    expect(isInvalidConnectionError(error)).toBe(true);
    expect(
      isUnsupportedRegionError(errorOf({ service: 'cognito-idp', apiSubdomain: 'idp.cn-north-1' })),
    ).toBe(true);
  });

  it('only supplies the region for services other than Cognito', () => {
    expect(resolveEndpoint({ service: 'sts', apiSubdomain: 'idp-fips.us-west-2' }).url).toBe(
      'https://sts.us-west-2.amazonaws.com',
    );
  });
});

describe('endpoint override', () => {
  it.each([
    ['http://127.0.0.1:5000', 'http://127.0.0.1:5000'],
    ['http://127.0.0.1:5000/', 'http://127.0.0.1:5000'],
    ['http://127.8.9.10:1234', 'http://127.8.9.10:1234'],
    ['http://localhost:4566', 'http://localhost:4566'],
    ['http://[::1]:4566/', 'http://[::1]:4566'],
    [
      'https://vpce-0abc-xyz.iam.us-east-1.vpce.amazonaws.com',
      'https://vpce-0abc-xyz.iam.us-east-1.vpce.amazonaws.com',
    ],
    ['https://emulator.internal:8443/aws/', 'https://emulator.internal:8443/aws'],
  ])('accepts %s', (endpoint, url) => {
    expect(resolveEndpoint({ service: 'iam', region: 'eu-west-1', endpoint }).url).toBe(url);
  });

  it('keeps signing as AWS would: IAM still signs for the partition global region', () => {
    const result = resolveEndpoint({
      service: 'iam',
      region: 'cn-northwest-1',
      endpoint: 'http://127.0.0.1:5000',
    });
    expect(result).toMatchObject({ signingRegion: 'cn-north-1', signingName: 'iam', partition: 'aws-cn' });
    expect(
      resolveEndpoint({ service: 'cognito-idp', region: 'eu-west-1', endpoint: 'http://127.0.0.1:5000' }),
    ).toMatchObject({
      signingRegion: 'eu-west-1',
      signingName: 'cognito-idp',
    });
    expect(resolveEndpoint({ service: 'iam', endpoint: 'http://127.0.0.1:5000' }).signingRegion).toBe(
      'us-east-1',
    );
  });

  it('accepts plain http to other hosts only with allowInsecureHttp: true', () => {
    const endpoint = 'http://moto.internal:5000';
    expect(errorOf({ service: 'iam', endpoint }).message).toContain('allowInsecureHttp');
    expect(
      isInvalidConnectionError(errorOf({ service: 'iam', endpoint, allowInsecureHttp: 'yes' as never })),
    ).toBe(true);
    expect(resolveEndpoint({ service: 'iam', endpoint, allowInsecureHttp: true }).url).toBe(endpoint);
  });

  it.each([
    'http://127.0.0.1.evil.com:5000',
    'http://localhost.evil.com',
    'http://[::ffff:7f00:1]',
    'https://user:pass@example.com',
    'https://example.com@evil.com',
    'https://example.com/?x=1',
    'https://example.com/#frag',
    'https://exa%6Dple.com',
    'https://example.com\\@evil.com',
    'https://exаmple.com',
    ' https://example.com',
    'https://example.com\n',
    'ftp://example.com',
    'javascript:alert(1)',
    'file:///etc/passwd',
    '//example.com',
    'example.com',
    '',
  ])('refuses %j', (endpoint) => {
    expect(
      isInvalidConnectionError(
        errorOf({ service: 'iam', region: 'us-east-1', endpoint, allowInsecureHttp: false }),
      ),
    ).toBe(true);
  });

  it('refuses userinfo without quoting the password', () => {
    const error = errorOf({ service: 'iam', endpoint: 'https://admin:hunter2@iam.example.com' });
    expect(isInvalidConnectionError(error)).toBe(true);
    expect(String((error as Error).message)).not.toContain('hunter2');
  });

  it('keeps the rule set errors: no FIPS or dual-stack with an override', () => {
    expect(
      errorOf({ service: 'sts', region: 'us-east-1', useFips: true, endpoint: 'https://example.com' })
        .message,
    ).toBe('Invalid Configuration: FIPS and custom endpoint are not supported');
  });
});

describe('input types', () => {
  it('refuses an unknown service and non-boolean flags with typed errors', () => {
    expect(isInvalidConnectionError(errorOf({ service: 'ec2' as never, region: 'us-east-1' }))).toBe(true);
    expect(
      isInvalidConnectionError(errorOf({ service: 'iam', region: 'us-east-1', useFips: 'true' as never })),
    ).toBe(true);
    expect(isProviderConfigError(errorOf({ service: 'iam', region: 42 as never }))).toBe(true);
  });

  it('returns a frozen result', () => {
    expect(Object.isFrozen(resolveEndpoint({ service: 'sts', region: 'us-east-1' }))).toBe(true);
  });
});

describe('resolveServiceEndpoint: the per-service form', () => {
  it('resolves with the rules passed in, validation and availability included', () => {
    expect(resolveServiceEndpoint(iamEndpointRules, { region: 'cn-northwest-1' })).toEqual(
      resolveEndpoint({ service: 'iam', region: 'cn-northwest-1' }),
    );
    expect(resolveServiceEndpoint(cognitoIdpEndpointRules, { apiSubdomain: 'idp-fips.us-east-1' }).url).toBe(
      'https://cognito-idp-fips.us-east-1.amazonaws.com',
    );
    expect(
      isUnsupportedRegionError(
        thrownBy(() => resolveServiceEndpoint(cognitoIdpEndpointRules, { region: 'cn-north-1' })),
      ),
    ).toBe(true);
    expect(
      isInvalidConnectionError(
        thrownBy(() => resolveServiceEndpoint(stsEndpointRules, { region: 'us-east-1.evil.com' })),
      ),
    ).toBe(true);
  });

  it("reads apiSubdomain with Cognito's rules only", () => {
    for (const rules of [iamEndpointRules, stsEndpointRules]) {
      const error = thrownBy(() => resolveServiceEndpoint(rules, { apiSubdomain: 'idp.us-east-1' }));
      expect(isInvalidConnectionError(error)).toBe(true);
      expect((error as Error).message).toContain('apiSubdomain');
    }
    expect(resolveServiceEndpoint(cognitoIdpEndpointRules, { apiSubdomain: 'idp.eu-west-1' }).url).toBe(
      'https://cognito-idp.eu-west-1.amazonaws.com',
    );
  });

  it('refuses anything but a service rules object, and non-object options', () => {
    for (const rules of [undefined, null, 'iam', {}, { ruleSet: 'x' }]) {
      const error = thrownBy(() => resolveServiceEndpoint(rules as never, { region: 'us-east-1' }));
      expect(isInvalidConnectionError(error)).toBe(true);
      expect((error as Error).message).toMatch(/endpoint rules/);
    }
    expect(
      isInvalidConnectionError(
        thrownBy(() => resolveServiceEndpoint(iamEndpointRules, 'us-east-1' as never)),
      ),
    ).toBe(true);
  });
});
