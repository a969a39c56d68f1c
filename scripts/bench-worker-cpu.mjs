// The Worker's own CPU per request, the number the Workers CPU limit counts: the deployed bundle
// runs in V8 (Node) against a D1 stand-in on node:sqlite, and the CPU spent inside the stand-in is
// taken out (on Cloudflare a D1 query is I/O the Worker waits for, not CPU it burns).
// Usage: node scripts/bench-worker-cpu.mjs <dir that build() in scripts/serve.mjs writes> [requests]
// Prints one JSON object: { route: { n, cpuMs } }.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { pathToFileURL } from 'node:url';
import { randomSecrets } from './dev-vars.mjs';
import { bundleForNode } from './serve.mjs';

const [dir, nArg] = process.argv.slice(2);
const N = Number(nArg ?? 500);
const ROOT = path.resolve(import.meta.dirname, '..');

let inD1 = 0;
/** Counts the CPU spent in `fn` as D1's, not the Worker's. */
function d1Time(fn) {
  const t = process.cpuUsage();
  try {
    return fn();
  } finally {
    const d = process.cpuUsage(t);
    inD1 += d.user + d.system;
  }
}

const db = new DatabaseSync(':memory:');
for (const f of readdirSync(path.join(ROOT, 'migrations'))
  .filter((x) => x.endsWith('.sql'))
  .sort()) {
  for (const stmt of readFileSync(path.join(ROOT, 'migrations', f), 'utf8').split('--> statement-breakpoint')) if (stmt.trim()) db.exec(stmt);
}

const norm = (v) => (v === undefined ? null : typeof v === 'boolean' ? (v ? 1 : 0) : v);
const meta = (changes = 0) => ({ changes, rows_read: 0, rows_written: changes, duration: 0, last_row_id: 0, changed_db: changes > 0, size_after: 0 });

function statement(sql, params = []) {
  const exec = (arrays) =>
    d1Time(() => {
      const s = db.prepare(sql);
      if (arrays) s.setReturnArrays(true);
      return s.all(...params);
    });
  return {
    bind: (...values) => statement(sql, values.map(norm)),
    all: async () => ({ success: true, results: exec(false), meta: meta() }),
    raw: async () => exec(true),
    first: async (col) => {
      const row = exec(false)[0] ?? null;
      return col ? (row?.[col] ?? null) : row;
    },
    run: async () => {
      const r = d1Time(() => db.prepare(sql).run(...params));
      return { success: true, results: [], meta: meta(Number(r.changes)) };
    },
    _exec: exec,
  };
}

const D1 = {
  prepare: (sql) => statement(sql),
  batch: async (stmts) =>
    d1Time(() => {
      db.exec('BEGIN');
      try {
        const out = stmts.map((s) => ({ success: true, results: s._exec(false), meta: meta() }));
        db.exec('COMMIT');
        return out;
      } catch (err) {
        db.exec('ROLLBACK');
        throw err;
      }
    }),
  exec: async (sql) => d1Time(() => db.exec(sql)),
};

const limiter = { limit: async () => ({ success: true }) };
// The secrets a deploy sets (dev-vars.mjs makes them for local runs): without them playing is refused.
const env = { ...randomSecrets(), DB: D1, JOIN_LIMITER: limiter, BRIEFING_LIMITER: limiter, ASSETS: { fetch: async () => new Response('') } };
const ctx = { waitUntil() {}, passThroughOnException() {}, props: {} };

// The bundles as deployed, made importable by Node: the app, and the generator its GENERATOR binding reaches.
const tmp = mkdtempSync(path.join(tmpdir(), 'debrief-cpu-'));
writeFileSync(path.join(tmp, 'worker.mjs'), bundleForNode(dir));
writeFileSync(path.join(tmp, 'generator.mjs'), bundleForNode(path.join(dir, 'generator')));
const app = (await import(pathToFileURL(path.join(tmp, 'worker.mjs')).href)).default;
const Generator = (await import(pathToFileURL(path.join(tmp, 'generator.mjs')).href)).default;
rmSync(tmp, { recursive: true, force: true });
env.GENERATOR = new Generator();

async function fetchJson(method, p, body, headers = {}) {
  const res = await app.fetch(
    new Request(`http://bench.local${p}`, {
      method,
      headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...headers },
      body: body ? JSON.stringify(body) : undefined,
    }),
    env,
    ctx,
  );
  const text = await res.text();
  return { status: res.status, data: text ? JSON.parse(text) : null };
}

/** CPU of the Worker (process CPU minus D1's) per request over `n` calls of `make`. */
async function measure(n, make) {
  for (let i = 0; i < 30; i++) await make(-1 - i);
  const t = process.cpuUsage();
  const d1Before = inD1;
  for (let i = 0; i < n; i++) {
    const r = await make(i);
    if (r.status >= 400) throw new Error(`status ${r.status}: ${JSON.stringify(r.data)}`);
  }
  const d = process.cpuUsage(t);
  return { n, cpuMs: (d.user + d.system - (inD1 - d1Before)) / 1000 / n, d1Ms: (inD1 - d1Before) / 1000 / n };
}

const out = {};
const briefings = await fetchJson('GET', '/api/briefings');
const briefingId = briefings.data.briefings[0].id;
const newQuiz = async () => (await fetchJson('POST', '/api/quizzes', { briefingIds: [briefingId], questionCount: 10, timeLimitSec: 300 })).data;
const quiz = await newQuiz();
const code = quiz.quiz.code;

out['GET /api/health'] = await measure(N, () => fetchJson('GET', '/api/health'));
out['GET /api/quizzes/:code'] = await measure(N, () => fetchJson('GET', `/api/quizzes/${code}`));
const joinCodes = [];
for (let i = 0; i < Math.ceil((N + 40) / 480) + 1; i++) joinCodes.push((await newQuiz()).quiz.code);
let joined = 0;
out['POST /api/quizzes/:code/plays'] = await measure(N, () => {
  const i = joined++;
  return fetchJson('POST', `/api/quizzes/${joinCodes[Math.floor(i / 480)]}/plays`, { name: `Cpu ${i}` });
});
// Plays to answer: each request answers its play's current question. The quiz may hold fewer than
// the 10 questions asked for.
const perPlay = quiz.quiz.questionCount;
const plays = [];
for (let i = 0; i < Math.ceil((N + 30) / perPlay) + 1; i++) {
  const r = await fetchJson('POST', `/api/quizzes/${code}/plays`, { name: `Answerer ${i}` });
  plays.push({ id: r.data.play.id, token: r.data.playToken, q: r.data.question });
}
let cursor = 0;
out['POST /api/plays/:id/answers'] = await measure(N, async () => {
  const p = plays[Math.floor(cursor / perPlay)];
  cursor++;
  const r = await fetchJson('POST', `/api/plays/${p.id}/answers`, { questionId: p.q.id, choiceId: p.q.choices[0].id }, { authorization: `Bearer ${p.token}` });
  p.q = r.data?.next;
  return r;
});
out['GET /api/plays/:id'] = await measure(N, () => fetchJson('GET', `/api/plays/${plays[0].id}`, undefined, { authorization: `Bearer ${plays[0].token}` }));
out['GET /api/quizzes/:code/leaderboard'] = await measure(N, () => fetchJson('GET', `/api/quizzes/${code}/leaderboard?limit=10`));
out['POST /api/quizzes'] = await measure(Math.floor(N / 2), () => fetchJson('POST', '/api/quizzes', { briefingIds: [briefingId], questionCount: 10 }));
console.log(JSON.stringify(out));
