/**
 * The layers of DESIGN.md, checked: src/ (the core) imports no DOM framework, no Node built-in and no
 * Electron, with no exception (the CLI's Node side lives in cli/, beside bin/); and arrows only point down —
 * src imports nothing from renderer/, electron/, server/ or cli/; renderer/ nothing from electron/ or server/.
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

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2] ?? '');
}

const NODE_BUILTINS = /^(node:|fs$|path$|os$|child_process$|http$|https$|net$|crypto$|url$|stream$|worker_threads$|zlib$)/;
const PLATFORM = /^(electron|react|react-dom|slate-react|@slate-yjs\/react|y-indexeddb|y-websocket|ws|y-leveldb|playwright-core)(\/|$)/;

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
