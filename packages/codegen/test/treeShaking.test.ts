import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadService, locateBotocore } from '../src/loadService.js';
import { reachableShapes } from '../src/modelFacts.js';
import { SERVICES } from '../src/services.js';
import { generatedPath, repoRoot } from './repo.js';

const scratch = mkdtempSync(join(tmpdir(), 'codegen-bundle-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const iam = SERVICES.find((s) => s.id === 'iam')!;
const { model } = loadService(locateBotocore(), iam.id, iam.apiVersion);

/** Bundles an entry importing one export of a generated module, exactly as a user's bundler would. */
const bundleOperation = (op: string, file = 'iam.runtime.ts'): string => {
  const entry = join(scratch, `${op}.ts`);
  const runtime = generatedPath(iam, file);
  writeFileSync(entry, `import { ${op} } from ${JSON.stringify(runtime)};\nexport default ${op};\n`);
  return execFileSync('pnpm', ['exec', 'esbuild', entry, '--bundle', '--minify', '--format=esm'], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
};

/** Member names of the structures among `shapes`. */
const memberNames = (shapes: Iterable<string>): Set<string> => {
  const names = new Set<string>();
  for (const s of shapes) for (const m of Object.keys(model.shapes[s]!.members ?? {})) names.add(m);
  return names;
};

describe('runtime schema tree-shaking (esbuild --bundle --minify)', () => {
  const op = model.operations.ListUsers!;
  const reachable = reachableShapes(model, [op.input!.shape, op.output!.shape]);
  const bundle = bundleOperation('ListUsers');
  const word = (name: string) => new RegExp(`\\b${name}\\b`);

  it('keeps every member of the shapes ListUsers reaches', () => {
    for (const name of memberNames(reachable)) expect(bundle, name).toMatch(word(name));
    expect(bundle).toContain('ListUsersResult');
  });

  it('drops the shapes and operations ListUsers cannot reach', () => {
    const kept = memberNames(reachable);
    const unreachable = Object.keys(model.shapes).filter((s) => !reachable.has(s));
    const foreign = [...memberNames(unreachable)].filter((m) => !kept.has(m) && m.length >= 4);
    expect(foreign.length).toBeGreaterThan(100);
    expect(foreign).toContain('AssumeRolePolicyDocument');
    for (const name of foreign) expect(bundle, name).not.toMatch(word(name));
    for (const other of ['CreateRole', 'GetAccountAuthorizationDetails', 'CreateRoleResult']) {
      expect(bundle).not.toMatch(word(other));
    }
  });
});

describe('generated operation functions, paginators and waiters tree-shake the same way', () => {
  const others = [
    'CreateRole',
    'GetAccountAuthorizationDetails',
    'AssumeRolePolicyDocument',
    'GetUserResult',
  ];
  it.each([
    ['listUsers', 'iam.operations.functions.ts'],
    ['paginateListUsers', 'iam.paginators.ts'],
  ])('%s keeps ListUsers and nothing of other operations', (name, file) => {
    const bundle = bundleOperation(name, file);
    expect(bundle).toContain('ListUsersResult');
    for (const other of others) expect(bundle, other).not.toMatch(new RegExp(`\\b${other}\\b`));
  });

  it('waitUntilUserExists keeps GetUser only', () => {
    const bundle = bundleOperation('waitUntilUserExists', 'iam.waiters.ts');
    expect(bundle).toContain('GetUserResult');
    for (const other of ['ListUsersResult', 'GetRoleResult', 'CreateRole'])
      expect(bundle).not.toContain(other);
  });
});
