// Generation time per briefing size in Node: `npm run bench:generate` (then the workerd half).
// The generator is bundled the way the Worker is deployed (esbuild, minified, no kept names), so
// the numbers are those of the shipped code, not of a development transpiler's output.
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';

const ROOT = path.resolve(import.meta.dirname, '..');
const ENTRY = `
export { parseBriefing } from './src/domain/briefing';
export { generateQuestions } from './src/domain/questions/generate';
export { sizedBriefing } from './tests/domain/generator/briefings';
`;
const bundle = await build({
  stdin: { contents: ENTRY, resolveDir: ROOT, loader: 'ts' },
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  minify: true,
  keepNames: false,
  write: false,
  logLevel: 'error',
});
const { parseBriefing, generateQuestions, sizedBriefing } = await import(
  `data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`
);

const q = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))].toFixed(2);

const defaultText = readFileSync(path.join(ROOT, 'src/content/2026-02-05-xi-trump-taiwan-call.txt'), 'utf8');
const cases = [
  ['default', defaultText],
  ['20 KB', sizedBriefing(20 * 1024)],
  ['50 KB', sizedBriefing(50 * 1024)],
  ['100 KB (limit)', sizedBriefing(100 * 1024)],
];
const RUNS = 300;
const BLOCKS = 3;
// Warm-up over every size first, so the JIT has seen them all; then each size runs alone, so a
// pause to collect another size's garbage is not counted against it. Each size runs in three
// blocks and the block with the lowest median is reported (as timeit takes the best of its
// repeats): on a shared machine a busy neighbour slows a whole block, not the code. The slowest
// block's p95 is printed beside it.
for (let round = 0; round < 100; round++) for (const [, text] of cases) generateQuestions(parseBriefing(text), { seed: round });
function block(text) {
  const r = { gen: [], all: [], count: 0, statements: 0 };
  for (let i = -20; i < RUNS; i++) {
    const t0 = performance.now();
    const parsed = parseBriefing(text);
    const t1 = performance.now();
    const count = generateQuestions(parsed, { seed: i + 1000 }).length;
    const t2 = performance.now();
    if (i < 0) continue;
    r.gen.push(t2 - t1);
    r.all.push(t2 - t0);
    r.count = count;
    r.statements = parsed.statements.length;
  }
  r.gen.sort((a, b) => a - b);
  r.all.sort((a, b) => a - b);
  return r;
}
const results = cases.map(([, text]) => {
  const blocks = Array.from({ length: BLOCKS }, () => block(text));
  blocks.sort((a, b) => a.gen[a.gen.length >> 1] - b.gen[b.gen.length >> 1]);
  return { ...blocks[0], worstP95: Math.max(...blocks.map((b) => b.gen[Math.floor(0.95 * b.gen.length)])) };
});
console.log(`node    wall time per call, ${process.version}, load average ${loadavg()[0].toFixed(2)}, best of ${BLOCKS} blocks of ${RUNS} calls per size`);
cases.forEach(([label, text], k) => {
  const r = results[k];
  const kb = (Buffer.byteLength(text) / 1024).toFixed(1);
  console.log(
    `node    ${label.padEnd(16)} ${kb.padStart(6)} KB  ${String(r.statements).padStart(5)} statements  ${String(r.count).padStart(4)} questions  ` +
      `median ${q(r.gen, 0.5)} ms  p95 ${q(r.gen, 0.95)} ms  (slowest block p95 ${r.worstP95.toFixed(2)} ms; with parsing: median ${q(r.all, 0.5)} ms  p95 ${q(r.all, 0.95)} ms)`,
  );
});
