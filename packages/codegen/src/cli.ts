import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isCodegenError } from './CodegenError.js';
import { generateFiles, writeFiles } from './generate.js';
import { locateBotocore, modelSourceFromDir } from './loadService.js';

/** The repository root: the nearest folder upwards holding pnpm-workspace.yaml. */
const findRoot = (from: string): string => {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
    if (dirname(dir) === dir) return resolve(from);
  }
};

const main = async (): Promise<void> => {
  const { values } = parseArgs({
    options: {
      models: { type: 'string' },
      'botocore-version': { type: 'string' },
      out: { type: 'string' },
    },
  });
  const root = findRoot(process.cwd());
  const source = values.models
    ? modelSourceFromDir(resolve(values.models), values['botocore-version'])
    : locateBotocore();
  const files = await generateFiles({
    root,
    source,
    onValidated: (config, { errors, warnings }, operations) => {
      const rules = new Map<string, number>();
      for (const w of warnings) rules.set(w.ruleId, (rules.get(w.ruleId) ?? 0) + 1);
      const detail = [...rules].map(([rule, n]) => `${rule} ${n}`).join(', ');
      process.stdout.write(
        `codegen: ${config.id}: ${operations} operations; Redocly: ${errors.length} errors, ${warnings.length} warnings${detail ? ` (${detail})` : ''}\n`,
      );
    },
  });
  const outRoot = values.out ? resolve(values.out) : root;
  writeFiles(outRoot, files);
  process.stdout.write(
    `codegen: botocore ${source.botocoreVersion}, ${files.size} files written under ${outRoot}\n`,
  );
};

main().catch((error: unknown) => {
  process.stderr.write(`codegen: ${isCodegenError(error) ? error.message : String(error)}\n`);
  if (!isCodegenError(error) && error instanceof Error && error.stack)
    process.stderr.write(`${error.stack}\n`);
  process.exitCode = 1;
});
