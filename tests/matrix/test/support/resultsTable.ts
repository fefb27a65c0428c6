import type { MatrixRow } from './matrixRow.js';

export const TABLE_START = '<!-- runtime-matrix:start -->';
export const TABLE_END = '<!-- runtime-matrix:end -->';

/** `dist/index.node.js` (iam, signer), `dist/index.js` (provider-config): packages grouped by file. */
function entryCell(entries: Record<string, string>): string {
  const byFile = new Map<string, string[]>();
  for (const [name, file] of Object.entries(entries).sort(([a], [b]) => a.localeCompare(b))) {
    byFile.set(file, [...(byFile.get(file) ?? []), name.replace(/^@iamkit\//, '')]);
  }
  return [...byFile].map(([file, names]) => `\`${file}\` (${names.join(', ')})`).join(', ');
}

/**
 * The runtime table, deterministic for a given lockfile and machine (no timings, no dates), so a
 * test run that changes nothing leaves the README as it was.
 */
export function resultsTable(rows: readonly MatrixRow[]): string {
  const lines = [
    '| runtime | version | entry used | checks passed |',
    '| --- | --- | --- | ---: |',
    ...rows.map(
      (row) =>
        `| ${row.title} | ${row.version}${row.pinned ? '' : ' (the machine’s)'} | ${entryCell(row.entries)} | ${row.passed} / ${row.checks.length} |`,
    ),
  ];
  return lines.join('\n');
}

/** `text` with what stands between the table markers replaced by `table`; throws when the markers are missing. */
export function withTable(text: string, table: string): string {
  const start = text.indexOf(TABLE_START);
  const end = text.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error(`markers ${TABLE_START} … ${TABLE_END} not found`);
  return `${text.slice(0, start + TABLE_START.length)}\n\n${table}\n\n${text.slice(end)}`;
}
