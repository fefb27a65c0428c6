import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Module file → the files it imports or re-exports from (type-only imports included). */
export type ImportGraph = Map<string, string[]>;

// `import … from './x.js'`, `export … from './x.js'`, `import './x.js'` and `import('./x.js')`.
const SPECIFIER =
  /(?:^|\n)\s*(?:import|export)\b[^'"]*?\bfrom\s*['"](\.[^'"]+)['"]|(?:^|\n)\s*import\s*['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;

/** The relative imports of every `.ts` file under `dir`, resolved to files (`./x.js` → `x.ts`). */
export function readImportGraph(dir: string): ImportGraph {
  const graph: ImportGraph = new Map();
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) =>
    file.endsWith('.ts'),
  );
  for (const file of files) {
    const full = path.join(dir, file);
    const targets = [...readFileSync(full, 'utf8').matchAll(SPECIFIER)].map((match) =>
      path.relative(
        dir,
        path.resolve(path.dirname(full), (match[1] ?? match[2] ?? match[3])!.replace(/\.js$/, '.ts')),
      ),
    );
    graph.set(file, targets);
  }
  return graph;
}

/** Every import cycle of `graph`, each as the files along it, first file repeated at the end. */
export function findCycles(graph: ImportGraph): string[][] {
  const cycles: string[][] = [];
  const done = new Set<string>();
  const stack: string[] = [];
  const visit = (file: string) => {
    const at = stack.indexOf(file);
    if (at >= 0) {
      cycles.push([...stack.slice(at), file]);
      return;
    }
    if (done.has(file)) return;
    stack.push(file);
    for (const target of graph.get(file) ?? []) visit(target);
    stack.pop();
    done.add(file);
  };
  for (const file of [...graph.keys()].sort()) visit(file);
  return cycles;
}
