import { describe, expect, it } from 'vitest';
import { toOpenApi } from '../src/toOpenApi.js';
import { validateDocument } from '../src/validateDocument.js';
import { at } from './at.js';
import { tinyConfig } from './fixtures/tinyConfig.js';
import { tinyJsonService } from './fixtures/tinyJsonService.js';
import { tinyQueryService } from './fixtures/tinyQueryService.js';

const doc = toOpenApi(tinyQueryService, tinyConfig('tiny'));
const json = toOpenApi(tinyJsonService, tinyConfig('tinyjson'));
const schema = (name: string, ...path: string[]) => at(doc, 'components', 'schemas', name, ...path);
const jsonSchema = (name: string, ...path: string[]) => at(json, 'components', 'schemas', name, ...path);
const post = (op: string, ...path: string[]) => at(doc, 'paths', `/${op}`, 'post', ...path);

describe('toOpenApi on a hand-written Query model', () => {
  it('gives every operation its own path and records that the wire is POST /', () => {
    expect(Object.keys(at(doc, 'paths') as object)).toEqual(['/ListThings', '/Ping', '/PutThing']);
    expect(post('PutThing', 'operationId')).toBe('PutThing');
    expect(post('PutThing', 'x-aws-http')).toEqual({ method: 'POST', requestUri: '/' });
    expect(at(doc, 'x-aws-wire')).toEqual({ method: 'POST', path: '/' });
    expect(post('PutThing', 'externalDocs', 'url')).toBe('https://docs.example.com/tiny/API_PutThing.html');
    expect(at(doc, 'x-aws-protocol')).toBe('query');
    expect(at(doc, 'x-aws-xml-namespace')).toBe('https://tiny.amazonaws.com/doc/2020-01-01/');
    expect(post('PutThing', 'x-aws-result-wrapper')).toBe('PutThingResult');
  });

  it('keeps required members, constraints and enums', () => {
    expect(schema('PutThingRequest', 'required')).toEqual(['Name']);
    expect(schema('nameType')).toEqual({
      type: 'string',
      minLength: 1,
      maxLength: 64,
      pattern: '[\\w+=,.@-]+',
    });
    expect(schema('colorType', 'enum')).toEqual(['red', 'green']);
    expect(schema('maxItemsType')).toMatchObject({ type: 'integer', minimum: 1, maximum: 1000 });
    expect(schema('payloadType')).toMatchObject({
      format: 'byte',
      contentEncoding: 'base64',
      'x-aws-sensitive': true,
    });
  });

  it('describes a wrapped list and a flattened list with their XML names', () => {
    expect(schema('tagList')).toEqual({
      type: 'array',
      items: { $ref: '#/components/schemas/Tag', xml: { name: 'member' } },
      maxItems: 50,
      xml: { wrapped: true },
    });
    expect(schema('aliasList')).toMatchObject({
      items: { xml: { name: 'alias' }, 'x-aws-location-name': 'alias' },
      xml: { wrapped: false },
      'x-aws-flattened': true,
    });
  });

  it('describes a map with its entry names and a nested structure by reference', () => {
    expect(schema('attributeMap')).toEqual({
      type: 'object',
      propertyNames: { $ref: '#/components/schemas/nameType' },
      additionalProperties: { $ref: '#/components/schemas/nameType' },
      'x-aws-map': { keyName: 'k', valueName: 'v' },
    });
    expect(schema('PutThingRequest', 'properties', 'Nested')).toEqual({ $ref: '#/components/schemas/Outer' });
    expect(schema('Outer', 'properties', 'Inner')).toEqual({ $ref: '#/components/schemas/Inner' });
    expect(schema('TreeNodeList', 'items', '$ref')).toBe('#/components/schemas/TreeNode');
  });

  it('gives timestamps date-time plus their wire format, from the shape or the member', () => {
    expect(schema('isoStamp')).toEqual({
      type: 'string',
      format: 'date-time',
      'x-aws-timestamp-format': 'iso8601',
    });
    expect(schema('epochStamp', 'x-aws-timestamp-format')).toBe('unixTimestamp');
    expect(schema('PutThingRequest', 'properties', 'Expires', 'x-aws-timestamp-format')).toBe('rfc822');
    expect(jsonSchema('stamp', 'x-aws-timestamp-format')).toBe('unixTimestamp');
  });

  it('keys error responses by real status, sharing a status through anyOf', () => {
    const responses = post('PutThing', 'responses');
    expect(Object.keys(responses as object)).toEqual(['200', '400', '409', '500']);
    expect(at(responses, '409', 'content', 'text/xml', 'schema')).toEqual({
      $ref: '#/components/schemas/ThingExistsException',
    });
    expect(at(responses, '400', 'content', 'text/xml', 'schema', 'anyOf')).toEqual([
      { $ref: '#/components/schemas/ThrottledException' },
      { $ref: '#/components/schemas/BadThingException' },
    ]);
    expect(schema('ThingExistsException', 'x-aws-error')).toEqual({
      code: 'ThingExists',
      httpStatusCode: 409,
      senderFault: true,
    });
    expect(schema('BadThingException', 'x-aws-error')).toEqual({
      code: 'BadThingException',
      httpStatusCode: 400,
      senderFault: true,
    });
    expect(schema('InternalFault', 'x-aws-error')).toEqual({
      code: 'InternalFault',
      httpStatusCode: 500,
      senderFault: false,
    });
  });

  it('carries paginators, waiters, auth none, deprecation and wire names', () => {
    expect(post('ListThings', 'x-aws-paginator')).toEqual({
      inputToken: 'Marker',
      outputToken: 'Marker',
      resultKey: 'Things',
      limitKey: 'MaxItems',
      moreResults: 'IsTruncated',
    });
    expect(at(doc, 'x-aws-waiters', 'ThingListed', 'acceptors', 0)).toEqual({
      state: 'success',
      matcher: 'status',
      expected: 200,
    });
    expect(post('Ping')).toMatchObject({ security: [], 'x-aws-auth': 'none', deprecated: true });
    expect(post('Ping', 'requestBody')).toBeUndefined();
    expect(schema('PutThingRequest', 'properties', 'Legacy')).toMatchObject({
      deprecated: true,
      xml: { name: 'legacy_name' },
      'x-aws-location-name': 'legacy_name',
    });
    expect(schema('policyText', 'x-aws-url-encoded')).toBe(true);
  });

  it('carries no documentation prose, and validates without errors', async () => {
    expect(JSON.stringify(doc)).not.toContain('SECRET PROSE');
    const { errors } = await validateDocument(doc, 'tiny');
    expect(errors).toEqual([]);
  });

  it('describes a JSON service with its media type, target prefix and a document as any value', () => {
    expect(at(json, 'x-aws-target-prefix')).toBe('TinyJsonService');
    expect(at(json, 'x-aws-json-version')).toBe('1.1');
    expect(Object.keys(at(json, 'paths', '/GetThing', 'post', 'requestBody', 'content') as object)).toEqual([
      'application/x-amz-json-1.1',
    ]);
    expect(jsonSchema('Document')).toEqual({ 'x-aws-document': true });
    // JSON carries member names as they are: no XML names.
    expect(jsonSchema('labelList', 'items')).toEqual({
      $ref: '#/components/schemas/idType',
      'x-aws-location-name': 'label',
    });
  });
});
