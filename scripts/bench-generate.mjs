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
  bundle: true, format: 'esm', platform: 'neutral', minify: true, keepNames: false, write: false, logLevel: 'error',
});
const { parseBriefing, generateQuestions, sizedBriefing } = await import(
  `data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`
);

const q = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))].toFixed(2);

function measure(label, text, runs) {
  const times = [];
  const withParse = [];
  let count = 0;
  let statements = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const parsed = parseBriefing(text);
    const t1 = performance.now();
    count = generateQuestions(parsed, { seed: i }).length;
    const t2 = performance.now();
    times.push(t2 - t1);
    withParse.push(t2 - t0);
    statements = parsed.statements.length;
  }
  times.sort((a, b) => a - b);
  withParse.sort((a, b) => a - b);
  const kb = (Buffer.byteLength(text) / 1024).toFixed(1);
  console.log(
    `node    ${label.padEnd(16)} ${kb.padStart(6)} KB  ${String(statements).padStart(5)} statements  ${String(count).padStart(4)} questions  ` +
      `median ${q(times, 0.5)} ms  p95 ${q(times, 0.95)} ms  (with parsing: median ${q(withParse, 0.5)} ms  p95 ${q(withParse, 0.95)} ms)`,
  );
}

const defaultText = readFileSync(path.join(ROOT, 'src/content/2026-02-05-xi-trump-taiwan-call.txt'), 'utf8');
const cases = [
  ['default', defaultText, 400],
  ['20 KB', sizedBriefing(20 * 1024), 300],
  ['50 KB', sizedBriefing(50 * 1024), 200],
  ['100 KB (limit)', sizedBriefing(100 * 1024), 100],
];
// Steady state: every size runs a while before any is measured, so the JIT has settled.
for (const [, text] of cases) for (let i = 0; i < 60; i++) generateQuestions(parseBriefing(text), { seed: i });
console.log(`node    wall time per call, ${process.version}, load average ${loadavg()[0].toFixed(2)}`);
for (const [label, text, runs] of cases) measure(label, text, runs);
