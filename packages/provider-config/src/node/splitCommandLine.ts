/**
 * Splits a `credential_process` command line into program and arguments as botocore does (Python's
 * `shlex.split` on POSIX): spaces, tabs and line breaks separate words; single quotes keep everything
 * literally; double quotes keep everything but `\` before `\` or `"`; a bare `\` escapes the next
 * character. No shell runs, so `$VAR`, globs and pipes reach the program as text. Returns `undefined`
 * for an unclosed quote or a trailing `\`.
 *
 * @example
 * ```ts
 * splitCommandLine(`"/opt/my tool/creds" --profile 'a b'`); // ['/opt/my tool/creds', '--profile', 'a b']
 * ```
 */
export function splitCommandLine(line: string): string[] | undefined {
  const words: string[] = [];
  // `inWord` tells an empty quoted word ('') from no word at all.
  let word = '';
  let inWord = false;
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    const next = line[i + 1];
    if (quote === "'") {
      if (char === "'") quote = undefined;
      else word += char;
    } else if (quote === '"') {
      if (char === '"') quote = undefined;
      else if (char === '\\' && next !== undefined && '\\"'.includes(next)) word += line[++i];
      else word += char;
    } else if (' \t\r\n'.includes(char)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else if (char === '\\') {
      if (next === undefined) return undefined;
      word += line[++i];
      inWord = true;
    } else {
      if (char === "'" || char === '"') quote = char;
      else word += char;
      inWord = true;
    }
  }
  if (quote) return undefined;
  if (inWord) words.push(word);
  return words;
}
