import { coverage } from '../../src/index.js';
import { MOTO_DEVIATIONS } from '../fidelity/motoDeviations.js';

/** A generated README section: its markers and content. */
export interface ReadmeSection {
  readonly begin: string;
  readonly end: string;
  render(): string;
}

const section = (name: string, source: string, render: () => string[]): ReadmeSection => ({
  begin: `<!-- ${name}:begin (generated from ${source} by \`pnpm readme\`) -->`,
  end: `<!-- ${name}:end -->`,
  render: () => render().join('\n'),
});

/** The coverage tables, one per service, from the emulator's action tables. */
const coverageSection = section('coverage', 'src/coverage.ts', () =>
  [...new Set(coverage.map((op) => op.service))].flatMap((service) => {
    const ops = coverage.filter((op) => op.service === service);
    return [
      `### ${service} (${ops.length} operations)`,
      '',
      '| Operation | Auth |',
      '| --- | --- |',
      ...ops.map((op) => `| \`${op.operation}\` | ${op.signed ? 'SigV4' : 'unsigned'} |`),
      '',
    ];
  }),
);

/** The moto deviations found by the fidelity test. */
const deviationsSection = section('moto-deviations', 'test/fidelity/motoDeviations.ts', () => [
  '| Step: field | moto vs AWS |',
  '| --- | --- |',
  ...Object.entries(MOTO_DEVIATIONS).map(([key, reason]) => {
    const [step, ...path] = key.split(' ');
    return `| ${step}: \`${path.join(' ')}\` | ${reason.replace(/\|/g, '\\|')} |`;
  }),
]);

/** Every generated README section. */
export const README_SECTIONS: readonly ReadmeSection[] = [coverageSection, deviationsSection];
