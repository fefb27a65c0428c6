import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { splitCommandLine } from '../src/node/splitCommandLine.js';

const LINES = [
  '/usr/bin/creds',
  '  /usr/bin/creds   --profile   dev  ',
  '"/opt/my tool/creds" --profile \'a b\'',
  'creds a\\ b "c\\"d" \'e\\f\' "g\\h"',
  'creds "" \'\' x""y',
  'creds $HOME ; echo `id` | cat > /tmp/x',
  'creds\t--tab\r\n--newline',
  'creds "multi\nline" \'single\nline\'',
  'creds a\\\\b "a\\\\b" \'a\\\\b\'',
  'creds é "ü"',
];

// botocore splits credential_process with shlex.split (POSIX mode): ask the python3 on PATH.
function shlexSplit(lines: string[]): (string[] | null)[] {
  const script =
    'import json, shlex, sys\n' +
    'def split(line):\n' +
    '    try:\n        return shlex.split(line)\n    except ValueError:\n        return None\n' +
    'print(json.dumps([split(line) for line in json.load(sys.stdin)]))';
  return JSON.parse(
    execFileSync('python3', ['-c', script], { input: JSON.stringify(lines), encoding: 'utf8' }),
  );
}

describe('splitCommandLine', () => {
  it("splits as Python's shlex.split, which botocore uses", () => {
    const unclosed = ['creds "open', "creds 'open", 'creds trailing\\'];
    const expected = shlexSplit([...LINES, ...unclosed]);
    expect([...LINES, ...unclosed].map((line) => splitCommandLine(line) ?? null)).toEqual(expected);
    expect(expected.slice(LINES.length)).toEqual([null, null, null]);
  });

  it('keeps shell syntax as plain words (no shell runs)', () => {
    expect(splitCommandLine('creds $HOME ; rm -rf ~')).toEqual(['creds', '$HOME', ';', 'rm', '-rf', '~']);
  });
});
