// Live games under load for `npm run load -- --live`: real WebSocket players (Node's own WebSocket)
// in one Durable Object per game, driven by a host socket as the projector screen would.
//
// The join limit: every socket upgrade spends JOIN_LIMITER (120 a minute per client address, keyed
// on cf-connecting-ip). On Cloudflare that header is set by the edge; the local workerd, reached
// directly, takes it from the request as it comes, as the self-paced part of the load run already
// does with its plays. So each simulated player (and each host) gets its own address and the
// limits stay exactly as deployed: nothing is raised for the run.
import { json, percentile } from './serve.mjs';

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

/** Waits for a message of a socket's inbox that `match` accepts (including one that came already). */
function waiter(client) {
  return (match, timeoutMs = 60_000) =>
    new Promise((resolve, reject) => {
      const found = client.inbox.find(match);
      if (found) return resolve(found);
      const timer = setTimeout(() => reject(new Error(`${client.label}: no message matched within ${timeoutMs} ms`)), timeoutMs);
      client.waiting.push({
        match,
        resolve: (m) => {
          clearTimeout(timer);
          resolve(m);
        },
      });
    });
}

function connect(wsUrl, ip, label) {
  const client = { label, inbox: [], waiting: [], closed: null, at: {} };
  client.wait = waiter(client);
  client.ws = new WebSocket(wsUrl, { headers: { 'cf-connecting-ip': ip } });
  client.ws.addEventListener('message', (ev) => {
    const now = performance.now();
    if (ev.data === 'pong') return;
    const msg = JSON.parse(ev.data);
    msg.receivedAt = now;
    client.inbox.push(msg);
    client.waiting = client.waiting.filter((w) => {
      if (!w.match(msg)) return true;
      w.resolve(msg);
      return false;
    });
  });
  // The pages' heartbeat: a game that runs past a minute must not lose its silent players.
  const pinger = setInterval(() => client.ws.readyState === WebSocket.OPEN && client.ws.send('ping'), 20_000);
  client.ws.addEventListener('close', (ev) => {
    clearInterval(pinger);
    client.closed = ev.code;
  });
  client.opened = new Promise((resolve, reject) => {
    client.ws.addEventListener('open', resolve, { once: true });
    client.ws.addEventListener('error', () => reject(new Error(`${label}: the socket did not open`)), { once: true });
  });
  client.send = (msg) => client.ws.send(JSON.stringify(msg));
  return client;
}

/**
 * One live game of `players` players through `bursts` questions: the host opens each question
 * (fan-out: host message sent → last player has it), every player answers it at once (first answer
 * sent → last ack), the question closes by itself once all answered; then the host ends the game
 * and the results API is read until the game's plays are there (acked = stored).
 * `barrier`, when given, is awaited before each burst so that many games answer at the same moment.
 */
export async function liveGame({ url, setUpQuiz, players, bursts = 3, ip, barrier = null }) {
  const quiz = await setUpQuiz(ip(0));
  const hosted = await json(url, `/api/quizzes/${quiz.code}/live`, {
    method: 'POST',
    body: { timeLimitSec: 300 },
    headers: { authorization: `Bearer ${quiz.teacherKey}`, 'cf-connecting-ip': ip(0) },
  });
  if (hosted.status !== 201) throw new Error(`host live: ${hosted.status} ${hosted.text}`);
  const code = hosted.data.live.code;
  const wsUrl = `${url.replace(/^http/, 'ws')}/api/live/${code}/socket`;

  const host = connect(wsUrl, ip(0), 'host');
  await host.opened;
  host.send({ type: 'host', key: quiz.teacherKey });
  await host.wait((m) => m.type === 'lobby');

  const joinStarted = performance.now();
  const clients = await Promise.all(
    Array.from({ length: players }, async (_, i) => {
      const c = connect(wsUrl, ip(i + 1), `player ${i + 1}`);
      await c.opened;
      // Seats rather than 'Player N': the name filter reads some numbers as words ('Player 455').
      c.send({ type: 'join', name: `Table ${Math.floor(i / 25) + 1} seat ${(i % 25) + 1}` });
      const joined = await c.wait((m) => m.type === 'joined' || m.type === 'error');
      if (joined.type !== 'joined') throw new Error(`player ${i + 1} not joined: ${joined.code} ${joined.message}`);
      c.playerId = joined.playerId;
      return c;
    }),
  );
  const joinMs = performance.now() - joinStarted;
  await host.wait((m) => m.type === 'lobby' && m.players.length === players);

  const runs = [];
  for (let k = 0; k < bursts; k++) {
    if (k > 0) {
      await host.wait((m) => m.type === 'reveal' && m.index === k - 1);
      host.send({ type: 'next' });
      await host.wait((m) => m.type === 'leaderboard' && m.index === k - 1);
    }
    // Fan-out: the host's message that opens question k, until the last player holds it.
    const opened = performance.now();
    host.send({ type: k === 0 ? 'start' : 'next' });
    const questions = await Promise.all(clients.map((c) => c.wait((m) => m.type === 'question' && m.index === k)));
    const fanOut = Math.max(...questions.map((q) => q.receivedAt)) - opened;
    // The first player's copy: the rest of the fan-out is the sends and the receiving of the others.
    const fanOutFirst = Math.min(...questions.map((q) => q.receivedAt)) - opened;

    if (barrier) await barrier();
    const sent = performance.now();
    for (const [i, c] of clients.entries()) {
      const q = questions[i];
      c.send({ type: 'answer', index: k, choiceId: q.choices[(i * 7 + k) % q.choices.length].id });
    }
    const replies = await Promise.all(clients.map((c) => c.wait((m) => (m.type === 'ack' && m.index === k) || m.type === 'error')));
    const acks = replies.filter((m) => m.type === 'ack');
    const ackLatencies = acks.map((m) => m.receivedAt - sent).sort((a, b) => a - b);
    runs.push({
      fanOut,
      fanOutFirst,
      sent,
      lastAckAt: Math.max(...acks.map((m) => m.receivedAt)),
      lastAck: ackLatencies[ackLatencies.length - 1],
      p50: percentile(ackLatencies, 50),
      acked: acks.length,
      errors: replies.length - acks.length,
    });
  }

  await host.wait((m) => m.type === 'reveal' && m.index === bursts - 1);
  host.send({ type: 'end' });
  await host.wait((m) => m.type === 'ended');
  const ids = new Set(clients.map((c) => c.playerId));
  const acked = runs.reduce((n, r) => n + r.acked, 0);
  // The game writes to D1 after it ends (one batch); the results show its plays once that landed.
  let stored = NaN;
  for (const deadline = Date.now() + 30_000; Date.now() < deadline; ) {
    const res = await json(url, `/api/quizzes/${quiz.code}/results`, {
      headers: { authorization: `Bearer ${quiz.teacherKey}`, 'cf-connecting-ip': ip(0) },
    });
    const mine = res.status === 200 ? res.data.plays.filter((p) => ids.has(p.id)) : [];
    if (mine.length === players) {
      stored = mine.reduce((n, p) => n + p.answers.length, 0);
      break;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  for (const c of [host, ...clients]) c.ws.close(1000);
  const closed = clients.filter((c) => c.closed !== null && c.closed !== 1000 && c.closed !== 1005).length;
  return { players, joinMs, runs, acked, stored, closed };
}

/** A barrier for `n` parties: each call resolves once all n have called it (reusable, round by round). */
export function barrierOf(n) {
  let waiting = [];
  return () =>
    new Promise((resolve) => {
      waiting.push(resolve);
      if (waiting.length === n) {
        for (const r of waiting) r();
        waiting = [];
      }
    });
}

/** The medians of a game's bursts. */
export function summary(game) {
  return {
    lastAck: median(game.runs.map((r) => r.lastAck)),
    fanOut: median(game.runs.map((r) => r.fanOut)),
    fanOutFirst: median(game.runs.map((r) => r.fanOutFirst)),
    p50: median(game.runs.map((r) => r.p50)),
    errors: game.runs.reduce((n, r) => n + r.errors, 0),
  };
}
