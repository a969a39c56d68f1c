// Serves the app on a fresh local D1, migrated, behind `wrangler dev` on a free port: the one way
// the browser tests, the load test and the bench start a server. Plus a way to query that D1 from
// outside and to find the workerd processes.
import { spawn, execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomSecrets, varArgs } from './dev-vars.mjs';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const WRANGLER = path.join(ROOT, 'node_modules', '.bin', 'wrangler');
const GENERATOR_CONFIG = path.join(ROOT, 'wrangler.generator.toml');
// node_modules/.bin first: wrangler needs the Node 24 of the devDependencies, not the system's.
const ENV = {
  ...process.env,
  PATH: `${path.join(ROOT, 'node_modules', '.bin')}:${process.env.PATH}`,
  WRANGLER_SEND_METRICS: 'false',
  CI: 'true',
  NO_COLOR: '1',
};

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

export function run(cmd, args) {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { cwd: ROOT, env: ENV, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) reject(new Error(`${cmd} ${args.join(' ')} failed:\n${stdout}\n${stderr}`));
      else resolve(stdout);
    });
  });
}

/** Runs SQL against the local D1 in `persist` and returns the rows. */
export async function d1(persist, sql, config = path.join(ROOT, 'wrangler.toml')) {
  const out = await run(WRANGLER, ['d1', 'execute', 'DB', '--local', '--persist-to', persist, '--config', config, '--json', '--command', sql]);
  const parsed = JSON.parse(out.slice(out.indexOf('[')));
  return parsed[0].results;
}

/** workerd processes started by this server (the dev proxy and the Worker itself). */
export function workerdPids(groupId) {
  const pids = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      // fields[2] is the process group: wrangler was started as its own group leader.
      if (Number(fields[2]) === groupId && comm.startsWith('workerd')) pids.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return pids;
}

/** CPU seconds (user + system) a process has used so far. */
export function cpuSeconds(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime and stime are fields 14 and 15 of stat, in clock ticks (100 a second on Linux).
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/**
 * Bundles the Worker once, as a deploy would (`wrangler deploy --dry-run`), with a config that
 * serves that bundle as it is. Serving a fixed bundle keeps a long run steady while the source
 * tree changes under it (`wrangler dev` on the sources reloads on every save).
 */
export async function build() {
  const dir = mkdtempSync(path.join(tmpdir(), 'debrief-build-'));
  await run(WRANGLER, ['deploy', '--dry-run', '--outdir', dir]);
  // The generator Worker the app's GENERATOR binding names, built and served the same way.
  const generatorDir = path.join(dir, 'generator');
  await run(WRANGLER, ['deploy', '--dry-run', '--config', GENERATOR_CONFIG, '--outdir', generatorDir]);
  writeFileSync(
    path.join(generatorDir, 'wrangler.toml'),
    readFileSync(GENERATOR_CONFIG, 'utf8')
      .replace(/^main = .*$/m, 'main = "index.js"\nno_bundle = true')
      .replace(/^minify = .*$/m, ''),
  );
  const config = readFileSync(path.join(ROOT, 'wrangler.toml'), 'utf8')
    .replace(/^main = .*$/m, 'main = "index.js"\nno_bundle = true')
    .replace(/^minify = .*$/m, '')
    // The deploy above built the pages already; from the temporary folder the build step would not find its script.
    .replace(/^\[build\]\n(?:.+\n)*/m, '')
    .replace(/^directory = "\.\/static"$/m, `directory = ${JSON.stringify(path.join(ROOT, 'static'))}`)
    .replace(/^migrations_dir = "migrations"$/m, `migrations_dir = ${JSON.stringify(path.join(ROOT, 'migrations'))}`);
  writeFileSync(path.join(dir, 'wrangler.toml'), config);
  const bundle = readFileSync(path.join(dir, 'index.js'));
  const modules = readdirSync(dir).filter((f) => !f.endsWith('.map') && f !== 'README.md' && f !== 'wrangler.toml' && f !== 'generator');
  const all = Buffer.concat(modules.map((f) => readFileSync(path.join(dir, f))));
  return {
    dir,
    config: path.join(dir, 'wrangler.toml'),
    generatorConfig: path.join(generatorDir, 'wrangler.toml'),
    bundleBytes: bundle.byteLength,
    modulesBytes: all.byteLength,
    gzipBytes: gzipSync(all, { level: 9 }).byteLength,
    /** the generator Worker's bundle, gzip -9 */
    generatorGzipBytes: gzipSync(readFileSync(path.join(generatorDir, 'index.js')), { level: 9 }).byteLength,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * The deploy bundle in `dir` as one ES module Node can import (the bench's V8 measurements): text
 * modules inlined as strings, and the Workers runtime's own module stood in by an empty Durable
 * Object base class, since a run in Node never starts a live game.
 */
export function bundleForNode(dir, file = 'index.js') {
  return readFileSync(path.join(dir, file), 'utf8')
    .replace(
      /import\s*([\w$]+)\s*from\s*"\.\/([^"]+\.txt)";?/g,
      (_, name, text) => `const ${name}=${JSON.stringify(readFileSync(path.join(dir, text), 'utf8'))};`,
    )
    .replace(
      /import\s*\{\s*(DurableObject|WorkerEntrypoint)(?:\s+as\s+([\w$]+))?\s*\}\s*from\s*"cloudflare:workers";?/g,
      (_, base, alias) => `const ${alias ?? base}=class{};`,
    );
}

/**
 * Migrates a fresh local D1 and serves the app; resolves once `readyPath` answers.
 * `sources`: serve the source tree as `npm start` does (the browser tests); otherwise a deploy
 * bundle, built here unless `built` is given. `vars` become `--var` flags (bench-only switches).
 */
export async function startServer({ vars = {}, built = null, seedSql = [], sources = false, readyPath = '/api/health', timeoutMs = 90_000 } = {}) {
  const own = built || sources ? null : await build();
  const config = sources ? path.join(ROOT, 'wrangler.toml') : (built ?? own).config;
  const generatorConfig = sources ? GENERATOR_CONFIG : (built ?? own).generatorConfig;
  const persist = mkdtempSync(path.join(tmpdir(), 'debrief-server-'));
  await run(WRANGLER, ['d1', 'migrations', 'apply', 'DB', '--local', '--persist-to', persist, '--config', config]);
  // Rows written before the server starts, so its D1 never shares the database file with another process.
  for (const sql of seedSql) await d1(persist, sql, config);
  const secrets = randomSecrets();
  // A free port is free when asked, not when wrangler binds it: another server starting beside this
  // one may take it first, and then wrangler exits at once. Such a start is tried again on new ports.
  let child;
  let log = '';
  let port = 0;
  let spawnedAt = 0;
  let firstResponseMs = 0;
  for (let attempt = 1; ; attempt++) {
    port = await freePort();
    const args = [
      'dev',
      '--log-level',
      process.env.WRANGLER_LOG_LEVEL ?? (sources ? 'log' : 'warn'),
      '--config',
      config,
      '--config',
      generatorConfig,
      '--port',
      String(port),
      '--ip',
      '127.0.0.1',
      '--persist-to',
      persist,
      '--inspector-port',
      String(await freePort()),
      ...varArgs(secrets),
    ];
    for (const [k, v] of Object.entries(vars)) args.push('--var', `${k}:${v}`);
    spawnedAt = performance.now();
    child = spawn(WRANGLER, args, { cwd: ROOT, env: ENV, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    const url = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + timeoutMs;
    let exited = false;
    for (;;) {
      if (child.exitCode !== null) {
        exited = true;
        break;
      }
      try {
        const res = await fetch(`${url}${readyPath}`);
        if (res.ok) {
          firstResponseMs = performance.now() - spawnedAt;
          break;
        }
      } catch {
        // not up yet
      }
      if (Date.now() > deadline) throw new Error(`wrangler dev did not serve within ${timeoutMs / 1000} s:\n${log}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    if (!exited) break;
    if (attempt >= 3 || !/address already in use/i.test(log)) throw new Error(`wrangler dev exited:\n${log}`);
  }
  const url = `http://127.0.0.1:${port}`;
  const pids = workerdPids(child.pid);
  const workerPid = pids.find((pid) => !listeningPorts(pid).includes(port));
  const direct = workerPid ? await findDirect(workerPid) : null;
  return {
    url,
    /** the Worker's own workerd, without the `wrangler dev` proxy in front (null if not found) */
    direct,
    /** the workerd process that runs the Worker (the other one is the dev proxy) */
    workerPid,
    proxyPid: pids.find((pid) => pid !== workerPid),
    persist,
    config,
    /** the server's OPERATOR_KEY, for the moderation page */
    operatorKey: secrets.OPERATOR_KEY,
    pgid: child.pid,
    firstResponseMs,
    log: () => log,
    async stop({ keep = false } = {}) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
      await new Promise((r) => setTimeout(r, 500));
      if (!keep) rmSync(persist, { recursive: true, force: true });
      own?.remove();
    },
  };
}

/** TCP ports a process listens on, from /proc: its socket inodes matched against the LISTEN rows of /proc/net/tcp. */
function listeningPorts(pid) {
  const inodes = new Set();
  try {
    for (const fd of readdirSync(`/proc/${pid}/fd`)) {
      try {
        const m = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
        if (m) inodes.add(m[1]);
      } catch {
        // closed meanwhile
      }
    }
    const ports = [];
    for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
      let rows = [];
      try {
        rows = readFileSync(table, 'utf8').trim().split('\n').slice(1);
      } catch {
        continue;
      }
      for (const row of rows) {
        const f = row.trim().split(/\s+/);
        // f[1] local address:port (hex), f[3] state (0A = LISTEN), f[9] inode
        if (f[3] === '0A' && inodes.has(f[9])) ports.push(parseInt(f[1].split(':')[1], 16));
      }
    }
    return ports;
  } catch {
    return [];
  }
}

/** The port on which the Worker's workerd answers /api/health itself. */
async function findDirect(pid) {
  for (const port of listeningPorts(pid)) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/health`, { signal: AbortSignal.timeout(2000) });
      const text = await res.text();
      if (res.ok && text.includes('"ok":true')) return `http://127.0.0.1:${port}`;
    } catch {
      // not this one
    }
  }
  return null;
}

export function percentile(sorted, p) {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export async function json(url, path, { method = 'GET', body, headers = {} } = {}) {
  const res = await fetch(url + path, {
    method,
    headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  let data = null;
  try {
    data = JSON.parse(text);
  } catch {
    data = null;
  }
  return { status: res.status, data, text, headers: res.headers };
}

/** A distinct client address per simulated player, so the per-address join limit never refuses them. */
export const playerIp = (i) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${(i & 255) + 0}`;
