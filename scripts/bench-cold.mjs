// Cold start of the deploy bundle, measured two ways for `npm run bench`: a fresh workerd process
// serving only the bundle, spawn to first response; and the bundle's module evaluation plus first
// response in V8 alone (Node), the part a cold isolate pays.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, bundleForNode, freePort } from './serve.mjs';

/** Spawn of a fresh workerd serving only the bundle in `builtDir` to its first response: median of 5, ms. */
export async function coldWorkerd(builtDir) {
  const dir = mkdtempSync(path.join(tmpdir(), 'debrief-cold-'));
  try {
    const modules = readdirSync(builtDir).filter((f) => f === 'index.js' || f.endsWith('.txt'));
    for (const f of modules) writeFileSync(path.join(dir, f), readFileSync(path.join(builtDir, f)));
    const port = await freePort();
    const mods = modules
      .sort((a) => (a === 'index.js' ? -1 : 1))
      .map((f) => (f === 'index.js' ? `(name = "index.js", esModule = embed "index.js")` : `(name = "${f}", text = embed "${f}")`))
      .join(', ');
    writeFileSync(
      path.join(dir, 'config.capnp'),
      `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [ (name = "main", worker = .worker) ],
  sockets = [ (name = "http", address = "127.0.0.1:${port}", http = (), service = "main") ],
);
const worker :Workerd.Worker = (
  modules = [ ${mods} ],
  compatibilityDate = "2026-10-01",
);
`,
    );
    const bin = path.join(ROOT, 'node_modules', '@cloudflare', 'workerd-linux-64', 'bin', 'workerd');
    const times = [];
    for (let k = 0; k < 5; k++) {
      const t0 = performance.now();
      const child = spawn(bin, ['serve', path.join(dir, 'config.capnp')], { stdio: 'ignore' });
      let ms = NaN;
      for (let tries = 0; tries < 2000; tries++) {
        try {
          const res = await fetch(`http://127.0.0.1:${port}/api/health`);
          await res.text();
          if (res.ok) {
            ms = performance.now() - t0;
            break;
          }
        } catch {
          await new Promise((r) => setTimeout(r, 2));
        }
      }
      child.kill('SIGTERM');
      await new Promise((r) => child.on('exit', r));
      times.push(ms);
    }
    times.sort((a, b) => a - b);
    return times[Math.floor(times.length / 2)];
  } catch (err) {
    console.error('workerd cold start failed:', err.message);
    return NaN;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
/** The bundle's module evaluation and first response in V8 alone (Node): the middle of 5 runs. */
export async function coldV8(builtDir) {
  const dir = mkdtempSync(path.join(tmpdir(), 'debrief-v8-'));
  try {
    const src = bundleForNode(builtDir);
    const file = path.join(dir, 'worker.mjs');
    writeFileSync(file, src);
    const script = `const t0 = performance.now();
const mod = await import(${JSON.stringify(pathToFileURL(file).href)});
const t1 = performance.now();
const res = await mod.default.fetch(new Request('http://x/api/health'), {}, { waitUntil() {}, passThroughOnException() {} });
await res.text();
console.log(JSON.stringify({ load: t1 - t0, first: performance.now() - t0, status: res.status }));`;
    const runs = [];
    for (let k = 0; k < 5; k++) runs.push(JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })));
    runs.sort((a, b) => a.first - b.first);
    return runs[2];
  } catch (err) {
    console.error('V8 cold start failed:', err.message);
    return { load: NaN, first: NaN };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
