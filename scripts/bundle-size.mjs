// `npm run bundle-size [-- --files] [-- --deep] [-- --top N]`: what the deploy bundle is made of. Builds it as a
// deploy would, then gives each package (or source folder; each file with --files) its share of the
// gzipped size (each package's file with --deep), measured as the whole minus the bundle with that part's code left out: gzip
// shares matches across a file, so a part's own gzip size alone would overstate it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT, build } from './serve.mjs';

const files = process.argv.includes('--files');
const deep = process.argv.includes('--deep');
const topAt = process.argv.indexOf('--top');
const top = topAt > 0 ? Number(process.argv[topAt + 1]) : 25;

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...B64].map((c, i) => [c, i]));

/** For each line of the output, the [column, source index] where each mapped segment starts. */
function segments(mappings) {
  let source = 0;
  return mappings.split(';').map((line) => {
    const out = [];
    let column = 0;
    if (!line) return out;
    for (const seg of line.split(',')) {
      const fields = [];
      let value = 0;
      let shift = 0;
      for (const ch of seg) {
        const d = DIGIT.get(ch);
        value += (d & 31) << shift;
        if (d & 32) shift += 5;
        else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += fields[0];
      if (fields.length > 1) source += fields[1];
      out.push([column, fields.length > 1 ? source : -1]);
    }
    return out;
  });
}

/** A package name, or the source folder (the file with --files) below the project. */
function partOf(file) {
  // drizzle-orm's maps name its TypeScript sources as node_modules/src/…
  const p = file.replace(/\/node_modules\/src\//, '/node_modules/drizzle-orm/src/');
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)(.*)/.exec(p);
  if (pkg) return deep ? pkg[1] + pkg[2] : pkg[1];
  const local = path.relative(ROOT, p);
  return files ? local : path.dirname(local);
}

const built = await build();
try {
  const bytes = readFileSync(path.join(built.dir, 'index.js'));
  const code = bytes.toString('utf8');
  const map = JSON.parse(readFileSync(path.join(built.dir, 'index.js.map'), 'utf8'));
  const partOfSource = map.sources.map((s) => partOf(path.resolve(built.dir, s)));
  const lines = code.split('\n');
  // Each line cut into runs of one part: [part, text].
  const runs = segments(map.mappings).map((segs, i) => {
    const line = lines[i] ?? '';
    const out = [];
    if (!segs.length || segs[0][0] > 0) out.push(['(unmapped)', line.slice(0, segs[0]?.[0] ?? line.length)]);
    segs.forEach(([column, source], k) => {
      const end = k + 1 < segs.length ? segs[k + 1][0] : line.length;
      out.push([source < 0 ? '(unmapped)' : partOfSource[source], line.slice(column, end)]);
    });
    return out;
  });
  const gzip = (text) => gzipSync(text, { level: 9 }).length;
  const whole = gzip(bytes);
  const raw = new Map();
  for (const line of runs) for (const [part, text] of line) raw.set(part, (raw.get(part) ?? 0) + text.length);
  const rows = [...raw].map(([part, bytes]) => {
    const without = runs.map((line) => line.map(([p, text]) => (p === part ? '' : text)).join('')).join('\n');
    return { part, bytes, share: whole - gzip(without) };
  });
  rows.sort((a, b) => b.share - a.share);
  const kb = (n) => (n / 1024).toFixed(1).padStart(6);
  console.log(`index.js: ${kb(bytes.length)} KB, ${kb(whole)} KB gzip -9 (${kb(gzipSync(bytes).length)} KB gzip -6)`);
  console.log(`with text modules, as the bench counts it: ${kb(built.gzipBytes)} KB gzip -9`);
  console.log(`the generator Worker (wrangler.generator.toml), not part of it: ${kb(built.generatorGzipBytes)} KB gzip -9`);
  console.log('\n  gzip KB  minified KB  part');
  for (const r of rows.slice(0, top)) console.log(`  ${kb(r.share)}  ${kb(r.bytes)}       ${r.part}`);
} finally {
  built.remove();
}
