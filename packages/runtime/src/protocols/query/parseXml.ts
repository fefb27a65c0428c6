import { AwsParseError } from '../../errors/AwsParseError.js';

/** One element of a parsed XML document: attributes are dropped, AWS's Query responses carry none we need. */
export interface XmlElement {
  readonly name: string;
  readonly children: XmlElement[];
  /** The element's own character data (entities decoded, CDATA verbatim). */
  text: string;
}

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

// One message for every defect, with where it was found: AWS never sends malformed XML, so any of them
// means the body is not AWS's, and the offset is what helps to look at it.
const malformed = (at: number | string): never => {
  throw new AwsParseError(`Malformed XML (or a refused DOCTYPE) at ${at}`);
};

const decodeEntities = (raw: string): string =>
  raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);|&/g, (match, ref: string | undefined) => {
    if (ref?.[0] === '#') {
      const code = ref[1] === 'x' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return code > 0x10ffff ? malformed(match) : String.fromCodePoint(code);
    }
    // Only XML's five predefined entities exist: there is no DTD to declare more.
    return PREDEFINED[ref!] ?? malformed(match);
  });

// One token from where the last one ended: a tag (its name, and whether it closes or is empty), CDATA,
// a comment or processing instruction, or text. Anything else there, `<!DOCTYPE` included, is refused.
const TOKEN =
  /<(\/?)([A-Za-z_][\w.:-]*)(?:\s(?:[^>"']|"[^"]*"|'[^']*')*?)?(\/?)>|<!\[CDATA\[([\s\S]*?)]]>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|([^<]+)/y;

/**
 * A deliberately small XML reader for AWS Query responses.
 *
 * It reads elements, character data, CDATA, comments and processing instructions, and rejects any
 * `<!DOCTYPE` outright, so no entity is ever declared or expanded (no billion laughs, no external
 * entities). Only the five predefined entities and numeric character references are decoded.
 * Attributes are skipped and prefixes dropped (`b:B` is `B`): AWS's responses need neither.
 * fast-xml-parser would add about 21 KB gzip to a browser bundle; this adds well under 1 KB.
 *
 * @throws AwsParseError on anything that is not well-formed.
 */
export const parseXml = (xml: string): XmlElement => {
  const root: XmlElement = { name: '', children: [], text: '' };
  const stack = [root];
  let top = root;
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < xml.length) {
    const at = TOKEN.lastIndex;
    let token: RegExpExecArray | null = null;
    try {
      token = TOKEN.exec(xml);
    } catch {
      // A tag several MB long overflows the regular-expression engine's stack (RangeError): malformed too.
    }
    const [, close, qname, empty, cdata, text] = token ?? malformed(at);
    if (text !== undefined) {
      if (top !== root) top.text += decodeEntities(text);
      else if (text.trim()) malformed(at);
    } else if (cdata !== undefined) top.text += cdata;
    else if (qname) {
      const name = qname.slice(qname.indexOf(':') + 1);
      if (close) {
        if (top === root || top.name !== name) malformed(at);
        stack.pop();
      } else {
        if (top === root && root.children[0]) malformed(at);
        const element: XmlElement = { name, children: [], text: '' };
        top.children.push(element);
        if (!empty) stack.push(element);
      }
      top = stack[stack.length - 1]!;
    }
  }
  return top === root && root.children[0] ? root.children[0] : malformed(xml.length);
};
