import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findCycles, readImportGraph } from './support/importGraph.js';

const srcDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'src');

describe('import structure of src/', () => {
  const graph = readImportGraph(srcDir);

  it('reads every module and resolves every relative import to one of them', () => {
    expect(graph.size).toBeGreaterThan(30);
    const missing = [...graph].flatMap(([file, targets]) =>
      targets.filter((target) => !graph.has(target)).map((target) => `${file} -> ${target}`),
    );
    expect(missing).toEqual([]);
  });

  it('has no import cycle, type-only imports included', () => {
    expect(findCycles(graph).map((cycle) => cycle.join(' -> '))).toEqual([]);
  });

  it('keeps node-only modules out of the universal entry: nothing outside node/ imports node/', () => {
    const upward = [...graph].flatMap(([file, targets]) =>
      file.startsWith(`node${path.sep}`)
        ? []
        : targets.filter((target) => target.startsWith(`node${path.sep}`)).map((t) => `${file} -> ${t}`),
    );
    expect(upward).toEqual([]);
  });
});

describe('findCycles', () => {
  it('reports a cycle through type-only imports as any other', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ]);
    expect(findCycles(graph)).toEqual([['a.ts', 'b.ts', 'c.ts', 'a.ts']]);
  });

  it('finds none in a diamond', () => {
    const graph = new Map([
      ['a.ts', ['b.ts', 'c.ts']],
      ['b.ts', ['d.ts']],
      ['c.ts', ['d.ts']],
      ['d.ts', []],
    ]);
    expect(findCycles(graph)).toEqual([]);
  });
});
