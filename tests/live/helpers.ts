// Live-game clients for tests: real WebSockets to the Worker in workerd, every message parsed with
// its schema and searched for an answer before its question's reveal.
import { exports } from 'cloudflare:workers';
import { expect } from 'vitest';
import { toHost, toPlayer } from '../../src/live/messages';
import { ORIGIN, SAMPLE_BRIEFING, answerKey, auth, call, createQuiz } from '../api/helpers';

/** Keys that carry an answer: no message but a reveal, a leaderboard or the end may have them. */
const SECRET_KEYS = ['answerId', 'answer', 'correct', 'correctChoiceId', 'explanation', 'source', 'sourceText', 'statementId', 'stored', 'counts'];
const AFTER_REVEAL = new Set(['reveal', 'leaderboard', 'ended']);

function secretKeysIn(value: unknown, path = '$'): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => secretKeysIn(v, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => [...(SECRET_KEYS.includes(k) ? [`${path}.${k}`] : []), ...secretKeysIn(v, `${path}.${k}`)]);
  }
  return [];
}

let clients = 0;

export class LiveClient {
  readonly received: any[] = [];
  /** schema failures and leaks, checked by expectClean */
  readonly problems: string[] = [];
  closed: { code: number; reason: string } | null = null;
  private unread: any[] = [];
  private wake: (() => void) | null = null;
  /** texts that must not appear in any message before a reveal (source sentences, explanations) */
  secrets: string[] = [];

  /** pongs received: the runtime's answers to this client's pings, which never reach the game */
  pongs = 0;
  private pinger: ReturnType<typeof setInterval> | undefined;

  constructor(
    readonly ws: WebSocket,
    readonly role: 'host' | 'player',
    ping = true,
  ) {
    // A heartbeat like the pages' (faster: the test server closes silent sockets after 6 s).
    if (ping) this.pinger = setInterval(() => this.ping(), 1000);
    ws.addEventListener('message', (e) => {
      const text = typeof e.data === 'string' ? e.data : '';
      if (text === 'pong') {
        this.pongs++;
        return;
      }
      let msg: any;
      try {
        msg = JSON.parse(text);
      } catch {
        this.problems.push(`not JSON: ${text.slice(0, 80)}`);
        return;
      }
      const parsed = (this.role === 'host' ? toHost : toPlayer).safeParse(msg);
      if (!parsed.success) this.problems.push(`${this.role} message does not match its schema: ${text.slice(0, 200)} ${parsed.error.message}`);
      if (!AFTER_REVEAL.has(msg.type)) {
        const keys = secretKeysIn(msg);
        if (keys.length) this.problems.push(`answer keys ${keys.join(', ')} in ${msg.type}`);
        for (const s of this.secrets) if (text.includes(JSON.stringify(s).slice(1, -1))) this.problems.push(`secret text in ${msg.type}: ${s.slice(0, 40)}`);
      }
      this.received.push(msg);
      this.unread.push(msg);
      this.wake?.();
    });
    ws.addEventListener('close', (e) => {
      clearInterval(this.pinger);
      this.closed = { code: e.code, reason: e.reason };
      this.wake?.();
    });
  }

  ping() {
    try {
      this.ws.send('ping');
    } catch {
      clearInterval(this.pinger);
    }
  }

  /** Stops the heartbeat: the connection falls silent without closing, as on a dead network. */
  fallSilent() {
    clearInterval(this.pinger);
  }

  send(msg: unknown) {
    this.ws.send(typeof msg === 'string' ? msg : JSON.stringify(msg));
  }

  /** The next unread message of this type (earlier ones of other types stay unread). */
  async take(type: string, timeoutMs = 5000, pred: (m: any) => boolean = () => true): Promise<any> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const i = this.unread.findIndex((m) => m.type === type && pred(m));
      if (i >= 0) return this.unread.splice(i, 1)[0];
      const left = deadline - Date.now();
      if (left <= 0)
        throw new Error(
          `${this.role}: no ${type} within ${timeoutMs} ms; unread: ${JSON.stringify(this.unread.map((m) => m.type))}; closed: ${JSON.stringify(this.closed)}`,
        );
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        this.wake = () => {
          clearTimeout(t);
          resolve();
        };
      });
      this.wake = null;
    }
  }

  /** Drops unread messages of a type (the host's lobby and progress updates, say). */
  skip(type: string) {
    this.unread = this.unread.filter((m) => m.type !== type);
  }

  async waitClosed(timeoutMs = 5000) {
    const deadline = Date.now() + timeoutMs;
    while (!this.closed && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    return this.closed;
  }

  close() {
    clearInterval(this.pinger);
    try {
      this.ws.close(1000, 'bye');
    } catch {
      // closed already
    }
  }

  expectClean() {
    expect(this.problems).toEqual([]);
  }
}

/** Opens a game's socket as a browser would (its own client address, so join limits are not met). */
export async function open(code: string, role: 'host' | 'player', headers: Record<string, string> = {}) {
  clients++;
  const res = await (exports as unknown as { default: { fetch(r: Request): Promise<Response> } }).default.fetch(
    new Request(`${ORIGIN}/api/live/${code}/socket`, {
      headers: { upgrade: 'websocket', 'cf-connecting-ip': `10.9.${(clients >> 8) & 255}.${clients & 255}`, ...headers },
    }),
  );
  expect(res.status).toBe(101);
  const ws = res.webSocket!;
  ws.accept();
  return new LiveClient(ws, role);
}

export async function hostSocket(code: string, key: string) {
  const host = await open(code, 'host');
  host.send({ type: 'host', key });
  await host.take('lobby');
  return host;
}

export async function joinAs(code: string, name: string) {
  const p = await open(code, 'player');
  p.send({ type: 'join', name });
  const joined = await p.take('joined');
  return Object.assign(p, { id: joined.playerId as string, token: joined.token as string, joined });
}

export interface Fixture {
  briefingId: string;
  briefingKey: string;
  bank: any[];
}

export async function fixture(): Promise<Fixture> {
  const res = await call('POST', '/api/briefings', { text: SAMPLE_BRIEFING, title: 'River treaty' });
  expect(res.status, res.text).toBe(201);
  const briefingId = res.json.briefing.id;
  const briefingKey = res.json.teacherKey;
  return { briefingId, briefingKey, bank: await answerKey(briefingId, briefingKey) };
}

/** A quiz and a live game of it. */
export async function liveGame(f: Fixture, opts: { questionCount?: number; timeLimitSec?: number; scoring?: string } = {}) {
  const { quiz, teacherKey } = await createQuiz([f.briefingId], { questionCount: opts.questionCount ?? 3, scoring: opts.scoring ?? 'speed' }, f.briefingKey);
  const res = await call('POST', `/api/quizzes/${quiz.code}/live`, { timeLimitSec: opts.timeLimitSec ?? 5 }, auth(teacherKey));
  expect(res.status, res.text).toBe(201);
  return { quiz, teacherKey, code: res.json.live.code as string, live: res.json.live, links: res.json.links };
}

/** The game's id of the right choice of a question message, found through the bank (as a teacher can). */
export function rightChoice(f: Fixture, q: { prompt: string; choices: { id: string; text: string }[] }) {
  const texts = q.choices
    .map((c) => c.text)
    .sort()
    .join('\n');
  const b = f.bank.find(
    (x) =>
      x.prompt === q.prompt &&
      x.choices
        .map((c: any) => c.text)
        .sort()
        .join('\n') === texts,
  );
  expect(b, `bank question for ${q.prompt}`).toBeTruthy();
  const right = b.choices.find((c: any) => c.id === b.answerId).text;
  return { id: q.choices.find((c) => c.text === right)!.id, wrong: q.choices.find((c) => c.text !== right)!.id, bank: b };
}

/**
 * The explanations and source sentences of the bank: none may reach a screen before its reveal,
 * except a sentence some prompt shows anyway (a true-or-false statement is its own source).
 */
export function secretTexts(f: Fixture): string[] {
  const prompts = f.bank.map((b) => b.prompt as string).join('\n');
  return f.bank.flatMap((b) => [b.explanation, b.source?.text]).filter((s): s is string => typeof s === 'string' && s.length > 20 && !prompts.includes(s));
}

/** Polls until the check passes (D1 is written after the last message goes out). */
export async function eventually<T>(check: () => Promise<T | null | undefined | false>, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}
