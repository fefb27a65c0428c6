#!/usr/bin/env node
// Adds up the vitest JSON reports every package wrote during this run into one closing line,
// so a reader (or CI) sees the whole suite's count at the end instead of one count per package.
// Usage: node scripts/test-summary.mjs --clean   (before the run: remove stale reports)
//        node scripts/test-summary.mjs           (after the run: print the totals; exit 1 if none ran)
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// Every workspace package that runs tests: packages/* and tests/* (the packaging tests).
const reports = ['packages', 'tests']
  .filter((folder) => existsSync(join(root, folder)))
  .flatMap((folder) =>
    readdirSync(join(root, folder)).map((name) => ({
      name,
      file: join(root, folder, name, '.vitest', 'report.json'),
    })),
  );

if (process.argv.includes('--clean')) {
  for (const { file } of reports) rmSync(file, { force: true });
  process.exit(0);
}

let passed = 0;
let failed = 0;
let skipped = 0;
const lines = [];
for (const { name, file } of reports) {
  if (!existsSync(file)) continue;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const pkgSkipped = report.numPendingTests + report.numTodoTests;
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += pkgSkipped;
  lines.push(
    `  ${name}: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${pkgSkipped} skipped`,
  );
}
console.log(lines.join('\n'));
if (passed + failed === 0) {
  console.log('tests: no test ran');
  process.exit(1);
}
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
