// Generation time per briefing size in Node (CPU time, median and p95): `npm run bench:generate`.
import { readFileSync } from 'node:fs';
import { parseBriefing } from '../src/domain/briefing';
import { generateQuestions } from '../src/domain/questions/generate';
import { sizedBriefing } from '../tests/domain/generator/briefings';

function measure(label: string, text: string, runs: number) {
  const parsed = parseBriefing(text);
  // A fresh object per run: the analysis is cached per parsed briefing.
  const fresh = () => ({ ...parsed, statements: parsed.statements.slice() });
  for (let i = 0; i < 20; i++) generateQuestions(fresh(), { seed: i });
  const times: number[] = [];
  let count = 0;
  // CPU time of this process, not wall time: other work on a shared machine does not count.
  for (let i = 0; i < runs; i++) {
    const input = fresh();
    const t0 = process.cpuUsage();
    count = generateQuestions(input, { seed: i }).length;
    const d = process.cpuUsage(t0);
    times.push((d.user + d.system) / 1000);
  }
  times.sort((a, b) => a - b);
  const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(2);
  const kb = (new TextEncoder().encode(text).length / 1024).toFixed(1);
  console.log(`${label.padEnd(16)} ${kb.padStart(6)} KB  ${String(parsed.statements.length).padStart(5)} statements  ${String(count).padStart(4)} questions  median ${q(0.5)} ms  p95 ${q(0.95)} ms`);
}

const defaultText = readFileSync(new URL('../src/content/2026-02-05-xi-trump-taiwan-call.txt', import.meta.url), 'utf8');
const cases: [string, string, number][] = [
  ['default', defaultText, 300],
  ['20 KB', sizedBriefing(20 * 1024), 200],
  ['50 KB', sizedBriefing(50 * 1024), 100],
  ['100 KB (limit)', sizedBriefing(100 * 1024), 100],
];
// Steady state: every size runs a while before any is measured, so the JIT has settled.
for (const [, text] of cases) {
  const parsed = parseBriefing(text);
  for (let i = 0; i < 60; i++) generateQuestions({ ...parsed, statements: parsed.statements.slice() }, { seed: i });
}
for (const [label, text, runs] of cases) measure(label, text, runs);
