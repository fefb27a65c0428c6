import { describe, expect, it } from 'vitest';
import { serializeQuery } from '../src/protocols/query/serializeQuery.js';
import type { StructureSchema } from '../src/schema.js';

const str = { type: 'string' } as const;
const tag = { type: 'structure', members: { Key: { schema: str }, Value: { schema: str } } } as const;

const schema: StructureSchema = {
  type: 'structure',
  members: {
    UserName: { schema: str },
    Tags: { schema: { type: 'list', member: tag } },
    Names: { schema: { type: 'list', member: str } },
    Enabled: { schema: { type: 'boolean' } },
    MaxItems: { schema: { type: 'integer' } },
    Ratio: { schema: { type: 'double' } },
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

  it('serialises lists of strings as Names.member.N', () => {
    const body = serializeQuery('X', 'v', { Names: ['a', 'b'] }, schema);
    expect(params(body).slice(2)).toEqual([
      ['Names.member.1', 'a'],
      ['Names.member.2', 'b'],
    ]);
  });

  it('sends an empty list as a bare key', () => {
    expect(params(serializeQuery('X', 'v', { Tags: [] }, schema)).slice(2)).toEqual([['Tags', '']]);
  });

  it('serialises booleans and numbers', () => {
    const body = serializeQuery('X', 'v', { Enabled: false, MaxItems: 0, Ratio: 1.5 }, schema);
    expect(params(body).slice(2)).toEqual([
      ['Enabled', 'false'],
      ['MaxItems', '0'],
      ['Ratio', '1.5'],
    ]);
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
