import { coverage } from '../../src/index.js';

export const BEGIN = '<!-- coverage:begin (generated from src/coverage.ts by `pnpm readme`) -->';
export const END = '<!-- coverage:end -->';

/** The README's coverage section: one table per service, from the emulator's action tables. */
export function coverageTable(): string {
  const services = [...new Set(coverage.map((op) => op.service))];
  const sections = services.map((service) => {
    const ops = coverage.filter((op) => op.service === service);
    const rows = ops.map((op) => `| \`${op.operation}\` | ${op.signed ? 'SigV4' : 'unsigned'} |`);
    return [
      `### ${service} (${ops.length} operations)`,
      '',
      '| Operation | Auth |',
      '| --- | --- |',
      ...rows,
    ].join('\n');
  });
  return [BEGIN, '', ...sections.flatMap((section) => [section, '']), END].join('\n');
}
