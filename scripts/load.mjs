// `npm run load [-- URL [--persist-to DIR]] [-- --write] [-- --live [--games 20x25]]`: 200 simulated
// players on one quiz, each answering every question, all at once; then a classroom burst of 200
// answers to the same question at the same moment. Without a URL it serves the app itself on a
// fresh local D1. Reports acknowledged answers against rows in D1, non-2xx responses and latencies.
// --live adds the same burst in live games over WebSockets (scripts/load-live.mjs): 200 players,
// three questions, then 50, 100, 200 and 500 players; --games GxP plays G games of P players at once.
// --live-only skips the self-paced part; --sizes 200,50 picks the single games' sizes (repeat runs of
// one size are how the live figures in docs/bench/LOAD.md are taken on a shared machine).
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { barrierOf, liveGame, median, summary } from './load-live.mjs';
import { ROOT, d1, json, percentile, playerIp, startServer } from './serve.mjs';

const PLAYERS = 200;
// The machine is shared: its load beside the run is part of every figure.
const loadAtStart = loadavg()[0];
const args = process.argv.slice(2);
const external = args.find((a) => /^https?:\/\//.test(a));
const persistArg = args.includes('--persist-to') ? args[args.indexOf('--persist-to') + 1] : null;
const write = args.includes('--write');
const liveOnly = args.includes('--live-only');
const live = liveOnly || args.includes('--live');
const sizes = args.includes('--sizes') ? args[args.indexOf('--sizes') + 1].split(',').map(Number) : [200, 50, 100, 500];
const gamesArg = args.includes('--games') ? args[args.indexOf('--games') + 1] : null;

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

async function setUpQuiz(ip) {
  const list = await json(url, '/api/briefings');
  if (list.status !== 200 || !list.data.briefings.length) throw new Error(`no briefings: ${list.status} ${list.text}`);
  const briefing = list.data.briefings.find((b) => b.id === 'xi-trump-taiwan-call-2026') ?? list.data.briefings[0];
  // A long limit: this measures the server, not whether simulated players are quick enough.
  const quiz = await json(url, '/api/quizzes', {
    method: 'POST',
    body: { briefingIds: [briefing.id], questionCount: 10, timeLimitSec: 300, title: 'Load test' },
    // Quiz creation has its own per-address budget (30 a minute); the live games make one quiz each.
    headers: ip ? { 'cf-connecting-ip': ip } : {},
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
async function selfPaced() {
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
  return {
    main,
    joined,
    answerLatencies,
    acknowledged,
    answerFailures,
    statusCounts,
    loopMs,
    stored,
    bursts,
    burstJoined,
    burstLatencies,
    burstFailures,
    lastAck,
    burstStored,
  };
}

const sp = liveOnly ? null : await selfPaced();

// 3. Live games: addresses from 100,000 on, clear of the self-paced players' (one per player and host).
let nextIp = 100_000;
const ipBlock = (n) => {
  const first = nextIp;
  nextIp += n + 1;
  return (i) => playerIp(first + i);
};
const liveRuns = [];
const liveError = [];
let many = null;
if (live) {
  for (const players of sizes) {
    try {
      liveRuns.push(await liveGame({ url, setUpQuiz, players, ip: ipBlock(players) }));
    } catch (err) {
      liveError.push(`${players} players: ${err.message}`);
    }
  }
  if (gamesArg) {
    const [games, players] = gamesArg.split('x').map(Number);
    const barrier = barrierOf(games);
    try {
      const started = performance.now();
      const all = await Promise.all(Array.from({ length: games }, () => liveGame({ url, setUpQuiz, players, ip: ipBlock(players), barrier })));
      const wall = performance.now() - started;
      // Per burst: from the first answer sent in any game to the last ack in any game.
      const windows = all[0].runs.map((_, k) => {
        const from = Math.min(...all.map((g) => g.runs[k].sent));
        const to = Math.max(...all.map((g) => g.runs[k].lastAckAt));
        const acked = all.reduce((n, g) => n + g.runs[k].acked, 0);
        return { ms: to - from, acked };
      });
      many = { games, players, all, wall, windows };
    } catch (err) {
      liveError.push(`${gamesArg}: ${err.message}`);
    }
  }
}
await server.stop();

function selfPacedLines({
  main,
  joined,
  answerLatencies,
  acknowledged,
  answerFailures,
  statusCounts,
  loopMs,
  stored,
  bursts,
  burstJoined,
  burstLatencies,
  burstFailures,
  lastAck,
  burstStored,
}) {
  const sorted = (a) => [...a].sort((x, y) => x - y);
  const al = sorted(answerLatencies);
  const jl = sorted(joined.latencies);
  const bl = sorted(burstLatencies);
  const expected = joined.plays.length * main.questionCount;
  return [
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
}
const lines = sp ? selfPacedLines(sp) : [];
lines.unshift(`Machine: ${cpus().length} cores, load average (1 min) ${loadAtStart.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end`, '');
if (live) {
  const byPlayers = [...liveRuns].sort((x, y) => x.players - y.players);
  const main200 = liveRuns.find((g) => g.players === 200);
  if (main200) {
    const s = summary(main200);
    lines.push(
      '',
      `Live game: ${main200.players} WebSocket players in one game (one Durable Object) answer the same question at once, three questions`,
      '',
      '| measure | value |',
      '|---|---|',
      `| first answer sent → last ack (median of 3) | ${ms(s.lastAck)} (runs: ${main200.runs.map((r) => ms(r.lastAck)).join(', ')}; self-paced HTTP above: ${sp ? ms(sp.lastAck) : 'not run'}) |`,
      `| host start/next sent → last player has the question (median of 3) | ${ms(s.fanOut)} (runs: ${main200.runs.map((r) => ms(r.fanOut)).join(', ')}) |`,
      `| per-answer ack latency p50 (median of 3) | ${ms(s.p50)} |`,
      `| acked = stored (answers in the results after the game ended) | ${main200.acked} acked, ${main200.stored} stored: ${main200.acked === main200.stored ? 'yes' : 'NO'} |`,
      `| errors / sockets closed by the server | ${s.errors} / ${main200.closed} |`,
      `| ${main200.players} joins over WebSocket, all at once | ${ms(main200.joinMs)} |`,
    );
  }
  lines.push(
    '',
    'Live game growth (one game each, medians of 3 bursts)',
    '',
    '| players | last ack (3 bursts) | per ack | fan-out, first → last player (3 bursts) | joins | acked / stored | errors |',
    '|---|---|---|---|---|---|---|',
    ...byPlayers.map((g) => {
      const s = summary(g);
      const runs = (f) => g.runs.map((r) => f(r).toFixed(0)).join(', ');
      return `| ${g.players} | ${ms(s.lastAck)} (${runs((r) => r.lastAck)}) | ${(s.lastAck / g.players).toFixed(2)} ms | ${ms(s.fanOutFirst)} → ${ms(s.fanOut)} (${runs((r) => r.fanOut)}) | ${ms(g.joinMs)} | ${g.acked} / ${g.stored} | ${s.errors} |`;
    }),
  );
  if (many) {
    const acked = many.all.reduce((n, g) => n + g.acked, 0);
    const stored = many.all.reduce((n, g) => n + g.stored, 0);
    const perGame = many.all.map((g) => summary(g));
    lines.push(
      '',
      `Many games: ${many.games} games × ${many.players} players, every game's burst at the same moment (one local workerd runs all the objects)`,
      '',
      '| measure | value |',
      '|---|---|',
      ...many.windows.map(
        (w, k) =>
          `| burst ${k + 1}: first answer in any game → last ack in any game | ${ms(w.ms)} for ${w.acked} answers (${Math.round((w.acked / w.ms) * 1000)} answers/s) |`,
      ),
      `| one game's last ack, median over games (worst) | ${ms(median(perGame.map((s) => s.lastAck)))} (${ms(Math.max(...perGame.map((s) => s.lastAck)))}) |`,
      `| one game's fan-out, median over games (worst) | ${ms(median(perGame.map((s) => s.fanOut)))} (${ms(Math.max(...perGame.map((s) => s.fanOut)))}) |`,
      `| acked = stored | ${acked} / ${stored}: ${acked === stored ? 'yes' : 'NO'} |`,
    );
  }
  if (liveError.length) lines.push('', 'Live runs that failed:', ...liveError.map((e) => `- ${e}`));
}
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
  writeFileSync(path.join(ROOT, 'docs', 'bench', 'LOAD.md'), `# npm run load\n\n${lines.join('\n')}\n`);
}
const { acknowledged = 0, stored = { api: 0, db: Number.NaN }, bursts = [], joined = { failed: 0 }, answerFailures = 0 } = sp ?? {};
const lost = acknowledged !== stored.api || (!Number.isNaN(stored.db) && acknowledged !== stored.db);
const burstLost = bursts.some((x) => x.stored.api !== x.joined.plays.length - x.failures || (!Number.isNaN(x.stored.db) && x.stored.db !== x.stored.api));
const liveLost = liveError.length > 0 || [...liveRuns, ...(many?.all ?? [])].some((g) => g.acked !== g.stored || g.runs.some((r) => r.errors > 0));
process.exit(
  lost || liveLost || burstLost || transport.length || joined.failed + answerFailures + bursts.reduce((n, x) => n + x.failures + x.joined.failed, 0) > 0
    ? 1
    : 0,
);
