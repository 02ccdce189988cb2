import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The layer table of src/ARCHITECTURE.md: what each folder of src/ may import. */
const MAY_IMPORT: Record<string, string[]> = {
  core: [],
  match: ['core'],
  search: ['core', 'match'],
  card: ['core', 'search'],
  corpus: ['core', 'match', 'search'],
  page: ['core', 'match'],
  ui: ['core', 'match', 'search', 'card', 'corpus'],
  extension: ['core', 'match', 'search', 'card', 'corpus'],
  cli: ['core', 'match', 'search', 'corpus'],
};
/** Modules other layers may take types from (erased at build time), and only types. */
const TYPE_ONLY = { 'extension/protocol': ['page', 'ui'] } as Record<string, string[]>;

const SRC = resolve(__dirname, '../../src');
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : []));

/** Every relative import of a file: its target under src/ (without extension) and whether it is `import type`. */
function importsOf(file: string): { target: string; typeOnly: boolean }[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/^(import|export)\s+(type\s+)?[^'";]*?from\s+'(\.[^']+)'|^import\s+'(\.[^']+)'/gm)].map((m) => ({
    target: relative(SRC, resolve(dirname(file), m[3] ?? m[4]!)).replace(/\.tsx?$/, ''),
    typeOnly: m[2] !== undefined,
  }));
}

describe('layers (src/ARCHITECTURE.md)', () => {
  const all = files(SRC);
  it('every folder of src/ is in the table', () => {
    const folders = new Set(all.map((f) => relative(SRC, f).split('/')[0]!).filter((f) => !f.includes('.')));
    expect([...folders].sort()).toEqual(Object.keys(MAY_IMPORT).sort());
  });

  it('imports point down the table only', () => {
    const wrong: string[] = [];
    for (const file of all) {
      const layer = relative(SRC, file).split('/')[0]!;
      for (const { target, typeOnly } of importsOf(file)) {
        const to = target.split('/')[0]!;
        if (to.startsWith('..')) wrong.push(`${relative(SRC, file)} imports ${target}, outside src/`);
        else if (to === layer || MAY_IMPORT[layer]?.includes(to)) continue;
        else if (typeOnly && TYPE_ONLY[target]?.includes(layer)) continue;
        else wrong.push(`${relative(SRC, file)} (${layer}) imports ${target}${typeOnly ? ' (types)' : ''}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('only src/extension touches the extension API', () => {
    const touching = all.filter((f) => /from 'wxt\/browser'|\bchrome\.runtime\b/.test(readFileSync(f, 'utf8')));
    expect(touching.map((f) => relative(SRC, f).split('/')[0])).toEqual(touching.map(() => 'extension'));
  });
});
