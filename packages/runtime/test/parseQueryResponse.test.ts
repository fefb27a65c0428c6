import { describe, expect, it } from 'vitest';
import { parseQueryError } from '../src/protocols/query/parseQueryError.js';
import { parseQueryResponse } from '../src/protocols/query/parseQueryResponse.js';
import type { OperationSchema, StructureSchema } from '../src/schema.js';

const str = { type: 'string' } as const;
const user: StructureSchema = {
  type: 'structure',
  members: {
    UserName: { schema: str },
    CreateDate: { schema: { type: 'timestamp' } },
    PasswordLastUsed: { schema: { type: 'timestamp' } },
    Tags: {
      schema: {
        type: 'list',
        member: { type: 'structure', members: { Key: { schema: str }, Value: { schema: str } } },
      },
    },
  },
};
const op: OperationSchema = {
  name: 'ListUsers',
  errors: [],
  resultWrapper: 'ListUsersResult',
  output: {
    type: 'structure',
    members: {
      Users: { schema: { type: 'list', member: user } },
      IsTruncated: { schema: { type: 'boolean' } },
      Marker: { schema: str },
      Count: { schema: { type: 'integer' } },
      Ratio: { schema: { type: 'double' } },
      Policy: { schema: { type: 'string', urlEncoded: true } },
      Blob: { schema: { type: 'blob' } },
      Epoch: { schema: { type: 'timestamp' } },
      Attrs: { schema: { type: 'map', key: str, value: { type: 'integer' } } },
      Renamed: { schema: str, name: 'Wire' },
    },
  },
};

const wrap = (inner: string) =>
  `<ListUsersResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><ListUsersResult>${inner}</ListUsersResult><ResponseMetadata><RequestId>r-1</RequestId></ResponseMetadata></ListUsersResponse>`;

describe('parseQueryResponse', () => {
  it('converts scalars and keeps a one-element list an array', () => {
    const out = parseQueryResponse(
      wrap(
        '<Users><member><UserName>alice</UserName><CreateDate>2024-01-02T03:04:05Z</CreateDate><Tags><member><Key>k</Key><Value>v</Value></member></Tags></member></Users>' +
          '<IsTruncated>true</IsTruncated><Marker>m&amp;1</Marker><Count>42</Count><Ratio>-Infinity</Ratio>',
      ),
      op,
    );
    expect(out).toEqual({
      Users: [
        { UserName: 'alice', CreateDate: new Date('2024-01-02T03:04:05Z'), Tags: [{ Key: 'k', Value: 'v' }] },
      ],
      IsTruncated: true,
      Marker: 'm&1',
      Count: 42,
      Ratio: Number.NEGATIVE_INFINITY,
      Attrs: {},
    });
    expect((out.Users as Array<{ CreateDate: Date }>)[0]!.CreateDate).toBeInstanceOf(Date);
  });

  it('reads empty and absent lists and maps as [] and {}, and leaves other absent members absent', () => {
    const out = parseQueryResponse(wrap('<Users/><IsTruncated>false</IsTruncated>'), op);
    expect(out).toEqual({ Users: [], IsTruncated: false, Attrs: {} });
    expect('Marker' in out).toBe(false);
    expect(parseQueryResponse(wrap(''), op)).toEqual({ Users: [], Attrs: {} });
    expect(parseQueryResponse('<ListUsersResponse/>', op)).toEqual({ Users: [], Attrs: {} });
  });

  it('decodes URL-encoded policy documents', () => {
    const doc = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}';
    const out = parseQueryResponse(wrap(`<Policy>${encodeURIComponent(doc)}</Policy>`), op);
    expect(out.Policy).toBe(doc);
  });

  it('leaves a policy document that is JSON already (as moto sends it) as it is: a literal %41 stays', () => {
    const doc = '{"Statement":[{"Resource":"arn:aws:s3:::bucket/%41b"}]}';
    expect(parseQueryResponse(wrap(`<Policy>${doc}</Policy>`), op).Policy).toBe(doc);
    expect(parseQueryResponse(wrap(`<Policy>  \n${doc}</Policy>`), op).Policy).toBe(`  \n${doc}`);
  });

  it('refuses a blob that is not base64 with AwsParseError', () => {
    expect(() => parseQueryResponse(wrap('<Blob>not base64!</Blob>'), op)).toThrow(
      expect.objectContaining({ name: 'AwsParseError' }),
    );
  });

  it('hands out a policy document that does not URL-decode as received', () => {
    const doc = '{"Condition":{"NumericLessThan":{"aws:MultiFactorAuthAge":"100%"}}}';
    expect(parseQueryResponse(wrap(`<Policy>${doc}</Policy>`), op).Policy).toBe(doc);
  });

  it('reads a map key named __proto__ as data', () => {
    const out = parseQueryResponse(
      wrap(
        '<Attrs><entry><key>__proto__</key><value>1</value></entry><entry><key>b</key><value>2</value></entry></Attrs>',
      ),
      op,
    );
    const attrs = out.Attrs as Record<string, number>;
    expect(Object.getPrototypeOf(attrs)).toBe(Object.prototype);
    expect(Object.keys(attrs)).toEqual(['__proto__', 'b']);
    expect(Object.getOwnPropertyDescriptor(attrs, '__proto__')?.value).toBe(1);
  });

  it('reads blobs, epoch timestamps, maps and wire names', () => {
    const out = parseQueryResponse(
      wrap(
        '<Blob>AP9oaQ==</Blob><Epoch>1700000000.5</Epoch>' +
          '<Attrs><entry><key>a</key><value>1</value></entry><entry><key>b</key><value>2</value></entry></Attrs>' +
          '<Wire>w</Wire><Renamed>not this</Renamed>',
      ),
      op,
    );
    expect(out).toEqual({
      Blob: new Uint8Array([0, 255, 104, 105]),
      Epoch: new Date(1_700_000_000_500),
      Attrs: { a: 1, b: 2 },
      Renamed: 'w',
      Users: [],
    });
  });

  it('returns {} for operations without output', () => {
    expect(parseQueryResponse('<DeleteUserResponse/>', { name: 'DeleteUser', errors: [] })).toEqual({});
  });

  it('rejects a body without the result wrapper', () => {
    expect(() => parseQueryResponse('<Other><X/></Other>', op)).toThrow(/ListUsersResult/);
  });
});

describe('parseQueryError', () => {
  it('reads IAM error bodies', () => {
    expect(
      parseQueryError(
        '<ErrorResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><Error><Type>Sender</Type><Code>NoSuchEntity</Code><Message>The user with name x cannot be found.</Message></Error><RequestId>req-9</RequestId></ErrorResponse>',
      ),
    ).toEqual({
      code: 'NoSuchEntity',
      message: 'The user with name x cannot be found.',
      type: 'Sender',
      requestId: 'req-9',
    });
  });

  it('reads the Errors-wrapped variant', () => {
    const fields = parseQueryError(
      '<?xml version="1.0"?><ErrorResponse><Errors><Error><Code>InvalidClientTokenId</Code><Message>bad</Message><Type>Sender</Type></Error></Errors></ErrorResponse>',
    );
    expect(fields.code).toBe('InvalidClientTokenId');
    expect(fields.requestId).toBeUndefined();
  });

  it('yields empty fields for non-XML bodies', () => {
    expect(parseQueryError('<html>oops')).toEqual({
      code: undefined,
      message: undefined,
      type: undefined,
      requestId: undefined,
    });
  });
});
