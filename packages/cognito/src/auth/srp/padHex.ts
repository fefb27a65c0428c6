/**
 * A non-negative integer as Cognito hashes it: the hex of Java's `BigInteger.toByteArray()`, that
 * is an even number of digits with a `00` byte in front when the top bit is set (so the number
 * cannot read as negative). `0x80` becomes `0080`, `0x1` becomes `01`.
 */
export function padHex(value: bigint): string {
  const hex = value.toString(16);
  const even = hex.length % 2 ? `0${hex}` : hex;
  return /^[89a-f]/.test(even) ? `00${even}` : even;
}
