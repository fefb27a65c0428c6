import { describe, expect, it } from 'vitest';
import { toRuntime } from '../src/toRuntime.js';
import { at } from './at.js';
import { tinyConfig } from './fixtures/tinyConfig.js';
import { tinyJsonService } from './fixtures/tinyJsonService.js';
import { tinyQueryService } from './fixtures/tinyQueryService.js';
import { importModule } from './importModule.js';

const source = toRuntime(tinyQueryService, tinyConfig('tiny'));
const runtime = await importModule(source);
const member = (shape: string, name: string) => at(runtime, shape, 'members', name);

describe('toRuntime on a hand-written Query model', () => {
  it('exports one constant per operation with what the protocol needs', () => {
    expect(runtime.PutThing).toEqual({
      name: 'PutThing',
      input: runtime.PutThingRequest,
      output: runtime.PutThingResponse,
      resultWrapper: 'PutThingResult',
      errors: ['ThingExists', 'Throttled', 'BadThingException', 'InternalFault'],
    });
    expect(runtime.Ping).toEqual({ name: 'Ping', errors: [], auth: 'none' });
    expect(runtime.tinyService).toEqual({
      id: 'tiny',
      name: 'Tiny',
      protocol: 'query',
      apiVersion: '2020-01-01',
      signingName: 'tiny',
      xmlNamespace: 'https://tiny.amazonaws.com/doc/2020-01-01/',
    });
  });

  it('describes a wrapped list, a flattened list and a map with their XML names', () => {
    expect(member('PutThingRequest', 'Tags')).toEqual({ schema: runtime.tagList });
    expect(runtime.tagList).toEqual({ type: 'list', member: runtime.Tag });
    expect(runtime.aliasList).toEqual({
      type: 'list',
      member: { type: 'string' },
      memberName: 'alias',
      flattened: true,
    });
    expect(runtime.attributeMap).toEqual({
      type: 'map',
      key: { type: 'string' },
      value: { type: 'string' },
      keyName: 'k',
      valueName: 'v',
    });
  });

  it('nests structures by reference and keeps wire names that differ', () => {
    expect(at(runtime, 'Outer', 'members', 'Inner', 'schema')).toBe(runtime.Inner);
    expect(member('PutThingRequest', 'Legacy')).toEqual({ schema: { type: 'string' }, name: 'legacy_name' });
    expect(member('PutThingResponse', 'Policy')).toEqual({ schema: { type: 'string', urlEncoded: true } });
  });

  it('gives each timestamp its format: none for the protocol default, else the shape or member format', () => {
    expect(member('PutThingRequest', 'Created')).toEqual({ schema: { type: 'timestamp' } });
    expect(member('PutThingRequest', 'Expires')).toEqual({
      schema: { type: 'timestamp', timestampFormat: 'rfc822' },
    });
    expect(member('PutThingRequest', 'Epoch')).toEqual({
      schema: { type: 'timestamp', timestampFormat: 'unixTimestamp' },
    });
    expect(member('PutThingRequest', 'Payload')).toEqual({ schema: { type: 'blob' } });
  });

  it('breaks a cycle with a thunk and nowhere else', () => {
    const children = at(runtime, 'TreeNode', 'members', 'Children', 'schema');
    expect(children).toBe(runtime.TreeNodeList);
    const item = at(children, 'member');
    expect(typeof item).toBe('function');
    expect((item as () => unknown)()).toBe(runtime.TreeNode);
    expect(source.match(/\(\) =>/g)).toHaveLength(1);
  });

  it('exports error shapes with their codes', () => {
    expect(runtime.ThingExistsException).toMatchObject({ type: 'structure', errorCode: 'ThingExists' });
    expect(runtime.BadThingException).toMatchObject({ errorCode: 'BadThingException' });
  });

  it('is deterministic, typed against the schema contract and free of prose', () => {
    expect(toRuntime(tinyQueryService, tinyConfig('tiny'))).toBe(source);
    expect(source).toMatch(/^import type \{[^}]*OperationSchema[^}]*\} from '@iamkit\/runtime';$/m);
    expect(source).toContain('botocore 9.9.9');
    expect(source).not.toContain('SECRET PROSE');
  });
});

describe('toRuntime on a hand-written JSON model', () => {
  it('records target prefix and JSON version, and no XML names', async () => {
    const json = await importModule(toRuntime(tinyJsonService, tinyConfig('tinyjson')));
    expect(json.tinyService).toEqual({
      id: 'tinyjson',
      name: 'Tiny Json',
      protocol: 'json',
      apiVersion: '2021-02-02',
      signingName: 'tiny-json',
      targetPrefix: 'TinyJsonService',
      jsonVersion: '1.1',
    });
    expect(json.labelList).toEqual({ type: 'list', member: { type: 'string' } });
    expect(json.NotFoundException).toMatchObject({ errorCode: 'NotFoundException' });
    expect(json.GetThing).toMatchObject({ errors: ['NotFoundException'] });
  });
});
