// Generation time per briefing size inside workerd, the runtime the Worker runs in.
// workerd's clocks stand still during computation (a Spectre mitigation), so each generation
// is timed from outside: the round trip of a request that generates once, minus the round trip
// of a request that does nothing. CPU comes from the workerd process's own counters.
import { readFileSync, readdirSync, readlinkSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { Miniflare, convertV4MiniflareOptions } from 'miniflare';

const ROOT = path.resolve(import.meta.dirname, '..');
const ENTRY = `
import { parseBriefing } from './src/domain/briefing';
import { generateQuestions } from './src/domain/questions/generate';
import { sizedBriefing } from './tests/domain/generator/briefings';
import defaultText from './src/content/2026-02-05-xi-trump-taiwan-call.txt';
const TEXTS = { default: defaultText, '20 KB': sizedBriefing(20 * 1024), '50 KB': sizedBriefing(50 * 1024), '100 KB (limit)': sizedBriefing(100 * 1024) };
export default {
  async fetch(request) {
    const url = new URL(request.url);
    const text = TEXTS[url.searchParams.get('case')];
    if (!text) return new Response('0');
    const parsed = parseBriefing(text);
    const n = generateQuestions(parsed, { seed: Number(url.searchParams.get('seed')) }).length;
    return new Response(JSON.stringify({ n, bytes: new TextEncoder().encode(text).length, statements: parsed.statements.length }));
  },
};`;

const bundle = await build({
  stdin: { contents: ENTRY, resolveDir: ROOT, loader: 'ts' },
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  write: false,
  loader: { '.txt': 'text' },
  logLevel: 'error',
});

const mf = new Miniflare(
  convertV4MiniflareOptions({ workers: [{ name: 'bench', modules: true, script: bundle.outputFiles[0].text, compatibilityDate: '2026-10-01' }] }),
);
await mf.ready;

/** The workerd child of this process, for its CPU counters. */
function workerdPid() {
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === process.pid && readlinkSync(`/proc/${pid}/exe`).includes('workerd')) return pid;
    } catch {
      // process gone or not ours
    }
  }
  return null;
}
const pid = workerdPid();
const ticks = () => {
  if (!pid) return 0;
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8')
    .slice(readFileSync(`/proc/${pid}/stat`, 'utf8').lastIndexOf(')') + 2)
    .split(' ');
  return Number(f[11]) + Number(f[12]); // utime + stime, in clock ticks (1/100 s)
};

async function roundTrip(label, seed) {
  const start = process.hrtime.bigint();
  const res = await mf.dispatchFetch(`http://bench/?case=${encodeURIComponent(label)}&seed=${seed}`);
  const body = await res.text();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, info: label === 'none' ? null : JSON.parse(body) };
}
const q = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];

const labels = ['none', 'default', '20 KB', '50 KB', '100 KB (limit)'];
const ROUNDS = 200;
// Round robin, after a warm-up that lets the JIT settle: every case sees the same conditions.
const results = new Map(labels.map((l) => [l, { times: [], info: null }]));
for (let round = -60; round < ROUNDS; round++) {
  for (const label of labels) {
    const r = await roundTrip(label, round + 1000);
    if (round < 0) continue;
    results.get(label).times.push(r.ms);
    results.get(label).info = r.info;
  }
}
// CPU per case: the workerd process's counters over a block of calls of one case each.
async function cpuOf(label, runs) {
  const t0 = ticks();
  for (let i = 0; i < runs; i++) await roundTrip(label, i);
  return ((ticks() - t0) * 10) / runs;
}
const baseCpu = pid ? await cpuOf('none', 200) : 0;
const baseMedian = q(
  results.get('none').times.sort((a, b) => a - b),
  0.5,
);
for (const label of labels.slice(1)) {
  const r = results.get(label);
  r.times.sort((a, b) => a - b);
  const med = Math.max(0, q(r.times, 0.5) - baseMedian).toFixed(2);
  const p95 = Math.max(0, q(r.times, 0.95) - baseMedian).toFixed(2);
  const cpu = pid ? `  CPU ${Math.max(0, (await cpuOf(label, 100)) - baseCpu).toFixed(2)} ms` : '';
  console.log(
    `workerd ${label.padEnd(16)} ${(r.info.bytes / 1024).toFixed(1).padStart(6)} KB  ${String(r.info.statements).padStart(5)} statements  ${String(r.info.n).padStart(4)} questions  median ${med} ms  p95 ${p95} ms${cpu}`,
  );
}
console.log(`workerd (parsing included; empty request round trip, subtracted above: median ${baseMedian.toFixed(2)} ms; ${ROUNDS} rounds)`);
await mf.dispose();
