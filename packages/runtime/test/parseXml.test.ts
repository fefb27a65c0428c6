import { describe, expect, it } from 'vitest';
import { isAwsParseError } from '../src/errors/AwsParseError.js';
import { parseXml } from '../src/protocols/query/parseXml.js';

const fails = (xml: string) => {
  try {
    parseXml(xml);
  } catch (error) {
    return error;
  }
  throw new Error('expected a parse error');
};

describe('parseXml', () => {
  it('reads nested elements, text, namespaces, declarations and comments', () => {
    const root = parseXml(
      '<?xml version="1.0" encoding="UTF-8"?>\n<!-- hi --><A xmlns="urn:x"><b:B attr="1 > 0">x</b:B><C/><D>1<!--c-->2</D></A>',
    );
    expect(root.name).toBe('A');
    expect(root.children.map((c) => [c.name, c.text])).toEqual([
      ['B', 'x'],
      ['C', ''],
      ['D', '12'],
    ]);
  });

  it('decodes the predefined entities, character references and CDATA', () => {
    const root = parseXml('<A>&lt;&gt;&amp;&quot;&apos;&#65;&#x1F600;<![CDATA[<&raw>]]></A>');
    expect(root.text).toBe('<>&"\'A\u{1F600}<&raw>');
  });

  it('refuses a DOCTYPE, so entities are never declared or expanded (billion laughs)', () => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><A>&lol2;</A>';
    const error = fails(laughs);
    expect(isAwsParseError(error)).toBe(true);
    expect((error as Error).message).toMatch(/DOCTYPE/);
  });

  it('refuses undeclared entities instead of passing them through', () => {
    expect(isAwsParseError(fails('<A>&lol;</A>'))).toBe(true);
    expect(isAwsParseError(fails('<A>a & b</A>'))).toBe(true);
  });

  it('rejects malformed documents', () => {
    for (const xml of [
      '',
      'text',
      '<A>',
      '<A></B>',
      '<A></A><B/>',
      '<A><![CDATA[x</A>',
      '<A><!-- x</A>',
      '</A>',
    ]) {
      expect(isAwsParseError(fails(xml)), xml).toBe(true);
    }
  });

  it('a tag too long for the regular-expression engine is an AwsParseError, not a RangeError', () => {
    const error = fails(`<A ${'y'.repeat(9_000_000)}>x</A>`);
    expect(isAwsParseError(error), String(error)).toBe(true);
  });
});
