// The generator Worker (wrangler.generator.toml) as one ES module, for the Workers tests, which
// run it beside the app as the Worker its GENERATOR service binding names.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';

const ROOT = path.resolve(import.meta.dirname, '..');

/** Bundles the generator and returns its Miniflare worker options. */
export function buildGenerator() {
  const config = readFileSync(path.join(ROOT, 'wrangler.generator.toml'), 'utf8');
  const field = (name) => new RegExp(`^${name} = "([^"]+)"`, 'm').exec(config)?.[1];
  const outfile = path.join(ROOT, 'node_modules', '.cache', 'debrief', 'generator.js');
  buildSync({
    entryPoints: [path.join(ROOT, field('main'))],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: 'es2022',
    external: ['cloudflare:workers'],
    logLevel: 'error',
  });
  return { name: field('name'), modules: true, scriptPath: outfile, compatibilityDate: field('compatibility_date') };
}
