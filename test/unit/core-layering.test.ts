/**
 * The layers of DESIGN.md, checked: src/ (the core) imports no DOM framework, no Node built-in and no
 * Electron, with no exception (the CLI's Node side lives in cli/, beside bin/); and arrows only point down —
 * src imports nothing from renderer/, electron/, server/ or cli/; renderer/ nothing from electron/ or server/;
 * and no module of src/ reaches itself again through what it imports at run time (no import circles).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(ts|tsx)$/.test(name)) out.push(path);
  }
  return out;
}

/** The relative modules `file` imports at run time (type-only imports left out), as absolute paths. */
function runtimeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s+(?!type\s)[^'"]*?from\s+['"](\.[^'"]+)['"]/g)].map((m) => join(file, '..', m[1] ?? ''));
}

/** The import circles among `files`: each one as the chain of files that closes it. */
function circles(files: readonly string[]): string[][] {
  const graph = new Map(files.map((file) => [file, runtimeImports(file).filter((dep) => files.includes(dep))]));
  const found: string[][] = [];
  const done = new Set<string>();
  const visit = (file: string, path: string[]): void => {
    const at = path.indexOf(file);
    if (at >= 0) return void found.push([...path.slice(at), file].map((f) => relative(root, f)));
    if (done.has(file)) return;
    for (const dep of graph.get(file) ?? []) visit(dep, [...path, file]);
    done.add(file);
  };
  for (const file of files) visit(file, []);
  return found;
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2] ?? '');
}

const NODE_BUILTINS = /^(node:|fs$|path$|os$|child_process$|http$|https$|net$|crypto$|url$|stream$|worker_threads$|zlib$)/;
const PLATFORM = /^(electron|react|react-dom|slate-react|@slate-yjs\/react|y-indexeddb|y-websocket|ws|classic-level|playwright-core)(\/|$)/;

describe('layering', () => {
  const core = sourceFiles(join(root, 'src'));

  it('finds the core files it checks', () => {
    expect(core.length).toBeGreaterThan(8);
  });

  it('keeps src/ free of Node built-ins, the DOM frameworks and Electron', () => {
    const offenders = core.flatMap((file) =>
      imports(file)
        .filter((spec) => NODE_BUILTINS.test(spec) || PLATFORM.test(spec))
        .map((spec) => `${relative(root, file)} imports ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('has no import circles in src/', () => {
    expect(circles(core)).toEqual([]);
  });

  it('lets arrows point only down', () => {
    const rules: Array<[string, RegExp]> = [
      ['src', /(^|\/)(renderer|electron|server|bin|cli)\//],
      ['renderer', /(^|\/)(electron|server|bin)\//],
      ['server', /(^|\/)(renderer|electron|bin)\//],
    ];
    const offenders = rules.flatMap(([dir, forbidden]) =>
      sourceFiles(join(root, dir)).flatMap((file) =>
        imports(file)
          .filter((spec) => spec.startsWith('.') && forbidden.test(relative(root, join(file, '..', spec))))
          .map((spec) => `${relative(root, file)} imports ${spec}`),
      ),
    );
    expect(offenders).toEqual([]);
  });
});
