import { describe, expect, it } from 'vitest';
import { IamConfigError } from '../src/errors/IamConfigError.js';
import type { StructureSchema } from '../src/protocol/schema.js';
import { serializeQuery } from '../src/protocol/serializeQuery.js';

const str = { type: 'string' } as const;
const tag = { type: 'structure', members: { Key: { schema: str }, Value: { schema: str } } } as const;

const schema: StructureSchema = {
  type: 'structure',
  members: {
    UserName: { schema: str },
    Tags: { schema: { type: 'list', member: tag } },
    Names: { schema: { type: 'list', member: str, memberName: 'Name' } },
    Flat: { schema: { type: 'list', member: str, flattened: true } },
    FlatNamed: {
      schema: { type: 'list', member: str, flattened: true, memberName: 'Item' },
      name: 'FlatWire',
    },
    MemberFlat: { schema: { type: 'list', member: str }, flattened: true },
    Attributes: { schema: { type: 'map', key: str, value: str } },
    FlatMap: {
      schema: { type: 'map', key: str, value: str, keyName: 'Name', valueName: 'Val', flattened: true },
    },
    Enabled: { schema: { type: 'boolean' } },
    MaxItems: { schema: { type: 'integer' } },
    Ratio: { schema: { type: 'double' } },
    When: { schema: { type: 'timestamp' } },
    WhenUnix: { schema: { type: 'timestamp', timestampFormat: 'unixTimestamp' } },
    Blob: { schema: { type: 'blob' } },
    Renamed: { schema: str, name: 'WireName' },
    Nested: {
      schema: { type: 'structure', members: { Inner: { schema: { type: 'list', member: tag } } } },
    },
  },
};

const params = (body: string) => [...new URLSearchParams(body)];

describe('serializeQuery', () => {
  it('starts with Action and Version', () => {
    expect(serializeQuery('ListUsers', '2010-05-08', undefined, undefined)).toBe(
      'Action=ListUsers&Version=2010-05-08',
    );
  });

  it('serialises nested lists of structures as Tags.member.N.Key', () => {
    const body = serializeQuery(
      'CreateUser',
      'v',
      {
        UserName: 'a',
        Tags: [
          { Key: 'k1', Value: 'v1' },
          { Key: 'k2', Value: 'v2' },
        ],
      },
      schema,
    );
    expect(params(body)).toEqual([
      ['Action', 'CreateUser'],
      ['Version', 'v'],
      ['UserName', 'a'],
      ['Tags.member.1.Key', 'k1'],
      ['Tags.member.1.Value', 'v1'],
      ['Tags.member.2.Key', 'k2'],
      ['Tags.member.2.Value', 'v2'],
    ]);
  });

  it('uses the list member name, flattened lists and member-level flattening', () => {
    const body = serializeQuery(
      'X',
      'v',
      { Names: ['a', 'b'], Flat: ['c'], FlatNamed: ['d', 'e'], MemberFlat: ['f'] },
      schema,
    );
    expect(params(body).slice(2)).toEqual([
      ['Names.Name.1', 'a'],
      ['Names.Name.2', 'b'],
      ['Flat.1', 'c'],
      ['Item.1', 'd'],
      ['Item.2', 'e'],
      ['MemberFlat.1', 'f'],
    ]);
  });

  it('sends an empty list as a bare key', () => {
    expect(params(serializeQuery('X', 'v', { Tags: [] }, schema)).slice(2)).toEqual([['Tags', '']]);
  });

  it('serialises maps as entry.N.key/value, flattened maps with their names', () => {
    const body = serializeQuery('X', 'v', { Attributes: { a: '1', b: '2' }, FlatMap: { c: '3' } }, schema);
    expect(params(body).slice(2)).toEqual([
      ['Attributes.entry.1.key', 'a'],
      ['Attributes.entry.1.value', '1'],
      ['Attributes.entry.2.key', 'b'],
      ['Attributes.entry.2.value', '2'],
      ['FlatMap.1.Name', 'c'],
      ['FlatMap.1.Val', '3'],
    ]);
  });

  it('serialises booleans, numbers, timestamps and blobs', () => {
    const body = serializeQuery(
      'X',
      'v',
      {
        Enabled: false,
        MaxItems: 0,
        Ratio: 1.5,
        When: new Date(Date.UTC(2024, 0, 2, 3, 4, 5)),
        WhenUnix: new Date(1_700_000_000_500),
        Blob: new Uint8Array([0, 255, 104, 105]),
      },
      schema,
    );
    expect(params(body).slice(2)).toEqual([
      ['Enabled', 'false'],
      ['MaxItems', '0'],
      ['Ratio', '1.5'],
      ['When', '2024-01-02T03:04:05Z'],
      ['WhenUnix', '1700000000.5'],
      ['Blob', 'AP9oaQ=='],
    ]);
  });

  it('keeps milliseconds when present and accepts ISO strings for timestamps', () => {
    const body = serializeQuery('X', 'v', { When: '2024-01-02T03:04:05.123Z' }, schema);
    expect(params(body).slice(2)).toEqual([['When', '2024-01-02T03:04:05.123Z']]);
  });

  it('uses wire names and nests structures', () => {
    const body = serializeQuery('X', 'v', { Renamed: 'r', Nested: { Inner: [{ Key: 'k' }] } }, schema);
    expect(params(body).slice(2)).toEqual([
      ['WireName', 'r'],
      ['Nested.Inner.member.1.Key', 'k'],
    ]);
  });

  it("percent-encodes like RFC 3986, including !'()*", () => {
    const body = serializeQuery('X', 'v', { UserName: "a b+c/d!'()*é&=" }, schema);
    expect(body).toBe('Action=X&Version=v&UserName=a+b%2Bc%2Fd%21%27%28%29%2A%C3%A9%26%3D');
  });

  it('skips undefined, null and members the schema does not know', () => {
    const body = serializeQuery('X', 'v', { UserName: undefined, MaxItems: null, Bogus: 'x' }, schema);
    expect(body).toBe('Action=X&Version=v');
  });

  it('rejects an invalid timestamp with a typed error naming the member', () => {
    expect(() => serializeQuery('X', 'v', { When: 'not a date' }, schema)).toThrow(IamConfigError);
    expect(() => serializeQuery('X', 'v', { When: 'not a date' }, schema)).toThrow(
      /^When: not a valid timestamp$/,
    );
  });

  it('resolves thunked (recursive) schemas', () => {
    const node: StructureSchema = {
      type: 'structure',
      members: { Name: { schema: str }, Child: { schema: () => node } },
    };
    const body = serializeQuery('X', 'v', { Name: 'a', Child: { Name: 'b', Child: { Name: 'c' } } }, node);
    expect(params(body).slice(2)).toEqual([
      ['Name', 'a'],
      ['Child.Name', 'b'],
      ['Child.Child.Name', 'c'],
    ]);
  });
});
