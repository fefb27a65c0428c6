const HEX: string[] = [];
for (let i = 0; i < 256; i++) HEX.push((i < 16 ? '0' : '') + i.toString(16));

/**
 * Lowercase hex of bytes, via a 256-entry table (several times faster than `toString(16)` per byte).
 *
 * @example
 * ```ts
 * toHex(new Uint8Array([0, 171])); // '00ab'
 * ```
 */
export function toHex(bytes: ArrayBuffer | Uint8Array): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let out = '';
  for (let i = 0; i < view.length; i++) out += HEX[view[i]!];
  return out;
}
