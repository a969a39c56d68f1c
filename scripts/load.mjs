// `npm run load [-- URL [--persist-to DIR]] [-- --write]`: 200 simulated players on one quiz,
// each answering every question, all at once; then a classroom burst of 200 answers to the same
// question at the same moment. Without a URL it serves the app itself on a fresh local D1.
// Reports acknowledged answers against rows in D1, non-2xx responses and latencies.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, d1, json, percentile, playerIp, startServer } from './serve.mjs';

const PLAYERS = 200;
const args = process.argv.slice(2);
const external = args.find((a) => /^https?:\/\//.test(a));
const persistArg = args.includes('--persist-to') ? args[args.indexOf('--persist-to') + 1] : null;
const write = args.includes('--write');

/** A request that failed below HTTP (a reset socket): counted, never thrown. */
const transport = [];
async function send(path, init) {
  try {
    return await json(url, path, init);
  } catch (err) {
    transport.push(`${init?.method ?? 'GET'} ${path.split('/').slice(0, 3).join('/')}: ${err.cause?.code ?? err.message}`);
    return { status: 0, data: null, text: String(err) };
  }
}

const server = external ? { url: external.replace(/\/$/, ''), persist: persistArg, stop: async () => {} } : await startServer();
// The Worker's own workerd unless asked otherwise: the `wrangler dev` proxy in front of it is a
// development convenience that costs about as much CPU as the Worker, and production has no such hop.
const viaProxy = args.includes('--via-proxy') || !server.direct;
const url = viaProxy ? server.url : server.direct;
const ms = (x) => `${x.toFixed(1)} ms`;

async function setUpQuiz() {
  const list = await json(url, '/api/briefings');
  if (list.status !== 200 || !list.data.briefings.length) throw new Error(`no briefings: ${list.status} ${list.text}`);
  const briefing = list.data.briefings.find((b) => b.id === 'xi-trump-taiwan-call-2026') ?? list.data.briefings[0];
  // A long limit: this measures the server, not whether simulated players are quick enough.
  const quiz = await json(url, '/api/quizzes', {
    method: 'POST',
    body: { briefingIds: [briefing.id], questionCount: 10, timeLimitSec: 300, title: 'Load test' },
  });
  if (quiz.status !== 201) throw new Error(`quiz: ${quiz.status} ${quiz.text}`);
  return { code: quiz.data.quiz.code, teacherKey: quiz.data.teacherKey, questionCount: quiz.data.quiz.questionCount };
}

async function joinAll(code, firstIp) {
  const latencies = [];
  let failed = 0;
  const plays = await Promise.all(
    Array.from({ length: PLAYERS }, async (_, i) => {
      const ip = playerIp(firstIp + i);
      const t = performance.now();
      const res = await send(`/api/quizzes/${code}/plays`, { method: 'POST', body: { name: `Player ${i + 1}` }, headers: { 'cf-connecting-ip': ip } });
      latencies.push(performance.now() - t);
      if (res.status !== 201) {
        failed++;
        return null;
      }
      return { id: res.data.play.id, token: res.data.playToken, question: res.data.question, ip };
    }),
  );
  return { plays: plays.filter(Boolean), latencies, failed };
}

function answerOnce(play, question, k) {
  const choice = question.choices[(k * 7 + question.index) % question.choices.length];
  return send(`/api/plays/${play.id}/answers`, {
    method: 'POST',
    body: { questionId: question.id, choiceId: choice.id },
    headers: { authorization: `Bearer ${play.token}`, 'cf-connecting-ip': play.ip },
  });
}

async function storedAnswers(code, teacherKey) {
  const viaApi = await json(url, `/api/quizzes/${code}/results`, { headers: { authorization: `Bearer ${teacherKey}` } });
  const api = viaApi.status === 200 ? viaApi.data.plays.reduce((n, p) => n + p.answers.length, 0) : NaN;
  let db = NaN;
  if (server.persist) {
    const rows = await d1(
      server.persist,
      `select count(*) as n from answers where play_id in (select id from plays where quiz_code = '${code}')`,
      server.config,
    );
    db = rows[0].n;
  }
  return { api, db };
}

// 1. Every player through every question, all players at once.
const main = await setUpQuiz();
const started = performance.now();
const joined = await joinAll(main.code, 1);
const answerLatencies = [];
let acknowledged = 0;
let answerFailures = 0;
const statusCounts = {};
await Promise.all(
  joined.plays.map(async (play, k) => {
    let question = play.question;
    while (question) {
      const t = performance.now();
      const res = await answerOnce(play, question, k);
      answerLatencies.push(performance.now() - t);
      statusCounts[res.status] = (statusCounts[res.status] ?? 0) + 1;
      if (res.status !== 200) {
        answerFailures++;
        break;
      }
      acknowledged++;
      question = res.data.next;
    }
  }),
);
const loopMs = performance.now() - started;
const stored = await storedAnswers(main.code, main.teacherKey);

// 2. The classroom burst: everyone answers the same question at the same moment.
async function burst(firstIp) {
  const quiz = await setUpQuiz();
  const joined = await joinAll(quiz.code, firstIp);
  const latencies = [];
  let failures = 0;
  let lastAck = 0;
  const t0 = performance.now();
  await Promise.all(
    joined.plays.map(async (play, k) => {
      const res = await answerOnce(play, play.question, k);
      const at = performance.now();
      latencies.push(at - t0);
      if (res.status === 200) lastAck = Math.max(lastAck, at - t0);
      else failures++;
    }),
  );
  return { joined, latencies, failures, lastAck, stored: await storedAnswers(quiz.code, quiz.teacherKey) };
}
// Three bursts on fresh quizzes: the machine is shared, so the median says more than one run.
const bursts = [];
for (let k = 0; k < 3; k++) bursts.push(await burst(PLAYERS * (k + 1) + 1));
const b = [...bursts].sort((x, y) => x.lastAck - y.lastAck)[1];
const burstJoined = b.joined;
const burstLatencies = b.latencies;
const burstFailures = b.failures;
const lastAck = b.lastAck;
const burstStored = b.stored;
await server.stop();

const sorted = (a) => [...a].sort((x, y) => x - y);
const al = sorted(answerLatencies);
const jl = sorted(joined.latencies);
const bl = sorted(burstLatencies);
const expected = joined.plays.length * main.questionCount;
const lines = [
  `Load: ${PLAYERS} players × ${main.questionCount} questions on one quiz, all at once (${external ? url : `wrangler dev, fresh local D1, ${viaProxy ? 'through the dev proxy' : "straight to the Worker's workerd"}`})`,
  '',
  '| measure | value |',
  '|---|---|',
  `| players joined | ${joined.plays.length} / ${PLAYERS} (join p50 ${ms(percentile(jl, 50))}, p99 ${ms(percentile(jl, 99))}) |`,
  `| answers acknowledged (200) | ${acknowledged} of ${expected} sent to completion |`,
  `| answer rows in D1 | ${Number.isNaN(stored.db) ? 'n/a (no --persist-to)' : stored.db} (results API: ${stored.api}) |`,
  `| acknowledged = stored | ${acknowledged === stored.api && (Number.isNaN(stored.db) || acknowledged === stored.db) ? 'yes' : 'NO'} |`,
  `| non-2xx responses | ${joined.failed + answerFailures} (answer statuses: ${JSON.stringify(statusCounts)}) |`,
  `| answer latency p50 / p99 / max | ${ms(percentile(al, 50))} / ${ms(percentile(al, 99))} / ${ms(al[al.length - 1])} |`,
  `| whole run | ${ms(loopMs)} (${Math.round((acknowledged / loopMs) * 1000)} answers/s) |`,
  '',
  `Classroom burst: ${burstJoined.plays.length} players answer the same question at the same moment`,
  '',
  '| measure | value |',
  '|---|---|',
  `| first request sent → last answer acknowledged (median of 3) | ${ms(lastAck)} (runs: ${bursts.map((x) => ms(x.lastAck)).join(', ')}) |`,
  `| per-answer latency p50 / p99 | ${ms(percentile(bl, 50))} / ${ms(percentile(bl, 99))} |`,
  `| non-2xx responses (all runs) | ${bursts.reduce((n, x) => n + x.failures + x.joined.failed, 0)} |`,
  `| answer rows in D1 | ${Number.isNaN(burstStored.db) ? 'n/a' : burstStored.db} (results API: ${burstStored.api}) of ${burstJoined.plays.length - burstFailures} acknowledged |`,
];
if (transport.length) lines.push('', `Requests that failed below HTTP: ${transport.length}`, ...transport.slice(0, 10).map((t) => `- ${t}`));
console.log(lines.join('\n'));
if (transport.length && server.log)
  console.log(
    server
      .log()
      .split('\n')
      .filter((l) => /error|warn|✘/i.test(l))
      .slice(-20)
      .join('\n'),
  );
if (write) {
  mkdirSync(path.join(ROOT, 'docs', 'bench'), { recursive: true });
  writeFileSync(path.join(ROOT, 'tests', 'bench', 'LOAD.md'), `# npm run load\n\n${lines.join('\n')}\n`);
}
const lost = acknowledged !== stored.api || (!Number.isNaN(stored.db) && acknowledged !== stored.db);
const burstLost = bursts.some((x) => x.stored.api !== x.joined.plays.length - x.failures || (!Number.isNaN(x.stored.db) && x.stored.db !== x.stored.api));
process.exit(
  lost || burstLost || transport.length || joined.failed + answerFailures + bursts.reduce((n, x) => n + x.failures + x.joined.failed, 0) > 0 ? 1 : 0,
);
