import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The layering of ARCHITECTURE.md, checked on the source: dependencies point one way
 * (core ← formats, editor, store ← ui ← apps), `editor` and `store` never import each other,
 * only `editor` imports prosemirror, only `store` dexie, only `ui` lit.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory())
      return name === 'node_modules' || name === 'dist' ? [] : sourceFiles(path);
    return /\.ts$/.test(name) ? [path] : [];
  });
}

/** Every module specifier a file imports or re-exports (static and dynamic). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const m of text.matchAll(
    /(?:^|\s)(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^import\s+['"]([^'"]+)['"]/gm,
  )) {
    found.push((m[1] ?? m[2] ?? m[3])!);
  }
  return found;
}

/**
 * The third-party packages `core` may use: pure computation with no DOM, no I/O — calendars
 * (Hijri), word diffs of revisions, and the fuzzy matcher that re-anchors quotes.
 */
const corePure: readonly string[] = ['@internationalized/date', 'diff', 'approx-string-match'];

const packages = ['core', 'formats', 'editor', 'store', 'ui'] as const;
type Pkg = (typeof packages)[number];

/** Which of our packages each package may import. */
const allowed: Record<Pkg, readonly string[]> = {
  core: [],
  formats: ['core'],
  editor: ['core'],
  store: ['core'],
  ui: ['core', 'editor', 'formats'],
};

/** Which third-party families only one package may import. */
const owners: Record<string, Pkg> = {
  prosemirror: 'editor',
  dexie: 'store',
  lit: 'ui',
  '@lit': 'ui',
  '@lit-labs': 'ui',
};

function family(specifier: string): string {
  return specifier.startsWith('@') ? specifier.split('/')[0]! : specifier.split(/[-/]/)[0]!;
}

describe('package boundaries', () => {
  for (const pkg of packages) {
    it(`${pkg} imports only what it may`, () => {
      const wrong: string[] = [];
      for (const file of sourceFiles(join(root, 'packages', pkg, 'src'))) {
        for (const specifier of importsOf(file)) {
          const where = `${relative(root, file)} imports ${specifier}`;
          const ours = /^@apparatus\/([a-z]+)/.exec(specifier)?.[1];
          if (ours !== undefined && ours !== pkg && !allowed[pkg].includes(ours)) wrong.push(where);
          if (ours !== undefined && specifier !== `@apparatus/${ours}`)
            wrong.push(`${where} (deep import)`);
          const owner = owners[family(specifier)];
          if (owner !== undefined && owner !== pkg) wrong.push(`${where} (only ${owner} may)`);
          if (pkg === 'core' && !specifier.startsWith('.') && !corePure.includes(specifier)) {
            wrong.push(`${where} (core is pure)`);
          }
        }
      }
      expect(wrong).toEqual([]);
    });
  }

  it('installs prosemirror-model exactly once', () => {
    const store = join(root, 'node_modules', '.pnpm');
    const copies = readdirSync(store).filter((name) => name.startsWith('prosemirror-model@'));
    expect(copies).toHaveLength(1);
  });
});
