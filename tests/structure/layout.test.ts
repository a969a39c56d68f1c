// The house rules a reader relies on, checked on the source tree: no import circle, a domain free
// of the framework and the database, an app bundle without the question generator (it is a Worker
// of its own), and no source file too long to read in one sitting.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const MAX_LINES = 450;

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(path.join(ROOT, dir))) {
    const rel = path.join(dir, name);
    if (statSync(path.join(ROOT, rel)).isDirectory()) out.push(...filesUnder(rel));
    else if (/\.(?:ts|js|mjs)$/.test(name)) out.push(rel);
  }
  return out;
}

const SOURCES = [...filesUnder('src'), ...filesUnder('static/js')];
// `import type` leaves nothing in a bundle, so it is no edge for the bundle check; it is for a circle.
const IMPORT = /(?:^|\n)\s*(?:import|export)\s+(type\s+)?[^'"]*?from\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The modules a file imports (`runtime`: those a bundle keeps): relative ones resolved to files of the tree, packages by name. */
function importsOf(file: string): { local: string[]; runtime: string[]; packages: string[] } {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  const local: string[] = [];
  const runtime: string[] = [];
  const packages: string[] = [];
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[2] ?? m[3];
    if (!spec.startsWith('.')) {
      packages.push(spec);
      continue;
    }
    const base = path.join(path.dirname(file), spec);
    const found = [base, `${base}.ts`, base.replace(/\.js$/, '.ts'), `${base}.js`, path.join(base, 'index.ts')].find((f) => SOURCES.includes(f));
    if (found) {
      local.push(found);
      if (!m[1]) runtime.push(found);
    }
  }
  return { local, runtime, packages };
}

const GRAPH = new Map(SOURCES.map((f) => [f, importsOf(f)]));

/** Every module a bundle built from `entry` holds. */
function closure(entry: string): Set<string> {
  const seen = new Set<string>();
  const stack = [entry];
  while (stack.length) {
    const f = stack.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    stack.push(...(GRAPH.get(f)?.runtime ?? []));
  }
  return seen;
}

describe('the source tree', () => {
  it('has no import circle', () => {
    const state = new Map<string, 'open' | 'done'>();
    const circles: string[] = [];
    const visit = (f: string, trail: string[]) => {
      state.set(f, 'open');
      for (const d of GRAPH.get(f)?.local ?? []) {
        if (state.get(d) === 'open') circles.push([...trail.slice(trail.indexOf(d)), d].join(' → '));
        else if (!state.has(d)) visit(d, [...trail, d]);
      }
      state.set(f, 'done');
    };
    for (const f of SOURCES) if (!state.has(f)) visit(f, [f]);
    expect(circles).toEqual([]);
  });

  it('keeps the domain free of the framework, the database and the runtime', () => {
    const offending = SOURCES.filter((f) => f.startsWith('src/domain/')).flatMap((f) =>
      GRAPH.get(f)!
        .packages.filter((p) => /^(?:hono|drizzle-orm|cloudflare:)/.test(p))
        .map((p) => `${f} imports ${p}`),
    );
    expect(offending).toEqual([]);
  });

  it('leaves question generation out of the app: only the generator Worker reaches it', () => {
    const app = closure('src/index.ts');
    expect([...app].filter((f) => /^src\/domain\/(?:questions|facts)\//.test(f) || f === 'src/domain/analysis/document.ts')).toEqual([]);
    expect(closure('src/generator/index.ts').has('src/domain/questions/generate.ts')).toBe(true);
  });

  it(`has no source file over ${MAX_LINES} lines`, () => {
    const long = SOURCES.map((f) => [f, readFileSync(path.join(ROOT, f), 'utf8').split('\n').length - 1] as const).filter(([, n]) => n > MAX_LINES);
    expect(long).toEqual([]);
  });
});
