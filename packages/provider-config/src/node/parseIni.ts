/** Sections of an AWS shared config/credentials file: section name → key → value. */
export type IniSections = Map<string, Map<string, string>>;

/** A line the parser could not read: 1-based line number and why (never the line's text). */
export interface IniProblem {
  line: number;
  reason: string;
}

/**
 * Parses the INI dialect of `~/.aws/credentials` and `~/.aws/config`: `[section]` headers, `key = value`
 * lines, full-line `#`/`;` comments. Indented lines after a key continue it (nested settings such as
 * `s3 =\n  max_concurrent_requests = 10`) and are skipped. Reports problems by line number only, since
 * lines may hold secrets.
 *
 * @example
 * ```ts
 * parseIni('[default]\naws_access_key_id = AKID\n').sections.get('default')?.get('aws_access_key_id'); // 'AKID'
 * ```
 */
export function parseIni(text: string): { sections: IniSections; problems: IniProblem[] } {
  const sections: IniSections = new Map();
  const problems: IniProblem[] = [];
  let current: Map<string, string> | undefined;
  let afterKey = false;
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith(';')) return;
    if (/^\s/.test(raw) && afterKey) return;
    const header = /^\[([^\]]*)\]\s*(?:[#;].*)?$/.exec(line);
    if (header) {
      const name = (header[1] ?? '').trim().replace(/\s+/g, ' ');
      current = sections.get(name) ?? new Map();
      sections.set(name, current);
      afterKey = false;
      return;
    }
    const equals = line.indexOf('=');
    if (equals <= 0) {
      problems.push({ line: index + 1, reason: 'expected "key = value" or a [section] header' });
      return;
    }
    if (!current) {
      problems.push({ line: index + 1, reason: 'setting before any [section] header' });
      return;
    }
    current.set(line.slice(0, equals).trim().toLowerCase(), line.slice(equals + 1).trim());
    afterKey = true;
  });
  return { sections, problems };
}
