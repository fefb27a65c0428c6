/**
 * A value the XML writer knows: strings, numbers, booleans, lists (written as `<member>` elements,
 * as the Query protocol writes them) and objects of those; `null`/`undefined` are left out.
 */
export type XmlValue = unknown;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Escapes text for an XML element or attribute. */
export const escapeXml = (text: string): string => text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);

/**
 * Writes `value` as the element `name`; `null` and `undefined` write nothing.
 *
 * @example
 * ```ts
 * toXml('Users', [{ UserName: 'a' }]); // '<Users><member><UserName>a</UserName></member></Users>'
 * ```
 */
export function toXml(name: string, value: XmlValue): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value))
    return `<${name}>${value.map((item: unknown) => toXml('member', item)).join('')}</${name}>`;
  if (typeof value === 'object') {
    const children = Object.entries(value as Record<string, unknown>)
      .map(([key, child]) => toXml(key, child))
      .join('');
    return `<${name}>${children}</${name}>`;
  }
  return `<${name}>${escapeXml(String(value))}</${name}>`;
}
