import { IamParseError } from '../errors/IamParseError.js';

/** One element of a parsed XML document: attributes are dropped, AWS's Query responses carry none we need. */
export interface XmlElement {
  readonly name: string;
  readonly children: XmlElement[];
  /** The element's own character data (entities decoded, CDATA verbatim). */
  text: string;
}

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

const decodeEntities = (raw: string): string =>
  raw.indexOf('&') < 0
    ? raw
    : raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);|&/g, (match, ref: string | undefined) => {
        if (ref === undefined) throw new IamParseError('Malformed XML: bare "&"');
        if (ref[0] === '#') {
          const code = ref[1] === 'x' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
          if (code > 0x10ffff) throw new IamParseError(`Malformed XML: character reference ${match}`);
          return String.fromCodePoint(code);
        }
        const value = PREDEFINED[ref];
        // Only XML's five predefined entities exist: there is no DTD to declare more.
        if (value === undefined) throw new IamParseError(`Malformed XML: undeclared entity ${match}`);
        return value;
      });

/** Local name: AWS responses qualify nothing we read, but a prefix must not hide an element. */
const localName = (qname: string): string => qname.slice(qname.indexOf(':') + 1);

const TAG = /<\/?([A-Za-z_][\w.:-]*)(?:\s(?:[^>"']|"[^"]*"|'[^']*')*?)?(\/?)>/y;

/**
 * A deliberately small XML reader for AWS Query responses.
 *
 * It reads elements, character data, CDATA, comments and processing instructions, and rejects any
 * `<!DOCTYPE` outright, so no entity is ever declared or expanded (no billion laughs, no external
 * entities). Only the five predefined entities and numeric character references are decoded.
 * fast-xml-parser would add about 21 KB gzip to a browser bundle; this adds well under 1 KB.
 *
 * @throws IamParseError on anything that is not well-formed.
 */
export const parseXml = (xml: string): XmlElement => {
  const root: XmlElement = { name: '', children: [], text: '' };
  const stack: XmlElement[] = [root];
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const top = stack[stack.length - 1]!;
    if (lt < 0 || lt > i) {
      const end = lt < 0 ? xml.length : lt;
      const text = xml.slice(i, end);
      if (stack.length > 1) top.text += decodeEntities(text);
      else if (text.trim()) throw new IamParseError('Malformed XML: text outside the root element');
      i = end;
      continue;
    }
    if (xml.startsWith('<?', i) || xml.startsWith('<!--', i)) {
      const close = xml.indexOf(xml[i + 1] === '?' ? '?>' : '-->', i + 2);
      if (close < 0) throw new IamParseError('Malformed XML: unterminated comment or declaration');
      i = close + (xml[i + 1] === '?' ? 2 : 3);
      continue;
    }
    if (xml.startsWith('<![CDATA[', i)) {
      const close = xml.indexOf(']]>', i);
      if (close < 0) throw new IamParseError('Malformed XML: unterminated CDATA');
      top.text += xml.slice(i + 9, close);
      i = close + 3;
      continue;
    }
    if (xml[i + 1] === '!') throw new IamParseError('Refusing XML with a DOCTYPE or markup declaration');
    TAG.lastIndex = i;
    const match = TAG.exec(xml);
    if (!match) throw new IamParseError('Malformed XML: bad tag');
    i = TAG.lastIndex;
    const name = localName(match[1]!);
    if (match[0][1] === '/') {
      if (stack.length < 2 || top.name !== name)
        throw new IamParseError(`Malformed XML: unexpected </${name}>`);
      stack.pop();
      continue;
    }
    if (stack.length === 1 && root.children.length)
      throw new IamParseError('Malformed XML: two root elements');
    const element: XmlElement = { name, children: [], text: '' };
    top.children.push(element);
    if (!match[2]) stack.push(element);
  }
  if (stack.length > 1 || !root.children[0])
    throw new IamParseError('Malformed XML: unexpected end of document');
  return root.children[0];
};
