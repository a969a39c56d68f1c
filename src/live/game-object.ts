// One Durable Object per live game: its storage holds the game, its WebSockets (hibernatable) are
// the players and the host, its alarm is the question clock and the abandonment timer. The rules
// are LiveGameState's; this shell stores what changed before anything is said about it.
import { DurableObject } from 'cloudflare:workers';
import { createDb } from '../db/client';
import { finalRecords, LiveGameState, newMeta, type LiveAnswer, type LiveConfig, type LiveMeta, type LivePlayer, type Refusal } from '../domain/live';
import { newId, newSecret, secretMatches, sha256Hex } from '../lib/crypto';
import { finaliseLiveGame } from '../services/live-results';
import {
  MAX_REFUSALS,
  REFUSAL_WINDOW_MS,
  DEFAULT_IDLE_MS,
  DEFAULT_HELLO_MS,
  HELLO_BUSY_MS,
  HELLO_MAX_WAITS,
  FINALISE_RETRY_MS,
  PUT_CHUNK,
  BATCH_MS,
  PING,
  PONG,
  DEFAULT_SILENT_MS,
} from './limits';
import { nameTakenIn, quizTakesPlayers, readQuizOpen } from './quiz-reads';
import { deliver } from './outbox';
import type { LiveStatus } from '../domain/live-records';
export type { LiveStatus };
import { HostUpdates } from './host-updates';
import {
  checkMessages,
  decodeAnswer,
  decodeClient,
  encodeForHost,
  encodeForPlayer,
  helloMessage,
  hostClientMessage,
  type ToHost,
  type ToPlayer,
} from './messages';
import { closeSocket, sendText, Sockets, type Attachment } from './sockets';

const pad = (i: number) => String(i).padStart(3, '0');
const answerKey = (a: Pick<LiveAnswer, 'index' | 'playerId'>) => `a:${pad(a.index)}:${a.playerId}`;

export class LiveGame extends DurableObject<Env> {
  private game: LiveGameState | null = null;
  private finalised = false;
  private readonly sockets = new Sockets(this.ctx);
  /** When each socket last sent a message (exact while in memory; the attachment keeps it roughly). */
  private readonly heard = new WeakMap<WebSocket, number>();
  /** When the first connection still open would have been silent too long, as the last alarm saw it. */
  private silenceCheckAt: number | null = null;
  private batch: Promise<void> | null = null;
  /** When the last hello was taken (in memory: after a restart the plain limit applies). */
  private lastHelloAt = 0;
  private quizRead: Promise<{ closed: number; closes_at: string | null } | null> | null = null;
  private readonly hostUpdates = new HostUpdates((texts) => {
    for (const ws of this.ctx.getWebSockets()) if (this.sockets.who(ws).role === 'host') for (const t of texts) sendText(ws, t);
  });

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    checkMessages(env.LIVE_CHECK_MESSAGES === '1');
    ctx.setWebSocketAutoResponse(new WebSocketRequestResponsePair(PING, PONG));
    void ctx.blockConcurrencyWhile(() => this.load());
  }

  private get idleMs() {
    return Number(this.env.LIVE_IDLE_MS) || DEFAULT_IDLE_MS;
  }
  private get helloMs() {
    return Number(this.env.LIVE_HELLO_MS) || DEFAULT_HELLO_MS;
  }
  private get silentMs() {
    return Number(this.env.LIVE_SILENT_MS) || DEFAULT_SILENT_MS;
  }

  /** After hibernation or eviction the game is read back from storage; the sockets survive on their own. */
  private async load() {
    const storage = this.ctx.storage;
    const config = await storage.get<LiveConfig>('config');
    if (!config) return;
    const meta = (await storage.get<LiveMeta>('meta'))!;
    const players = [...(await storage.list<LivePlayer>({ prefix: 'p:' })).values()];
    const answers = meta.index >= 0 ? [...(await storage.list<LiveAnswer>({ prefix: `a:${pad(meta.index)}:` })).values()] : [];
    this.game = new LiveGameState(config, meta, players, answers);
    this.game.connected = this.sockets.connectedIds();
    this.finalised = (await storage.get<boolean>('finalised')) === true;
  }

  /** Called once by the Worker that created the game. */
  async init(config: LiveConfig): Promise<void> {
    if (this.game) throw new Error(`live game ${config.code} exists already`);
    const meta = newMeta(Date.now());
    await this.ctx.storage.put({ config, meta });
    this.game = new LiveGameState(config, meta);
    await this.schedule();
  }

  /**
   * Ends the game if it is still an empty lobby, as hosting its quiz again does; whether it is
   * over now (false: players are waiting in it, or a question has been asked).
   */
  async endLobby(): Promise<boolean> {
    const game = this.game;
    if (!game || game.meta.phase === 'ended') return true;
    if (game.meta.phase !== 'lobby' || game.active.length > 0) return false;
    game.end(Date.now());
    await this.flush();
    return true;
  }

  async status(): Promise<LiveStatus | null> {
    const g = this.game;
    if (!g) return null;
    return {
      code: g.config.code,
      quizCode: g.config.quizCode,
      title: g.config.title,
      state: g.meta.phase,
      playerCount: g.active.length,
      questionIndex: g.meta.index >= 0 ? g.meta.index : null,
      questionCount: g.config.questions.length,
    };
  }

  async fetch(request: Request): Promise<Response> {
    if (!this.game || request.headers.get('upgrade')?.toLowerCase() !== 'websocket') {
      return Response.json({ error: { code: 'not_found', message: 'No live game is here.' } }, { status: 404 });
    }
    const [client, server] = Object.values(new WebSocketPair());
    this.ctx.acceptWebSocket(server);
    const at = Date.now();
    this.sockets.attach(server, { role: 'pending', at });
    // Only this connection's hello deadline is new: no need to walk every socket for the alarm.
    await this.alarmBy(at + this.helloMs);
    return new Response(null, { status: 101, webSocket: client });
  }

  /**
   * One connection's messages are handled one after another: a join that waits on storage must
   * be done before the same connection's next message ("join" twice, "rejoin" then "answer") is
   * read, or that message would be read as from a stranger.
   */
  private readonly inbox = new Map<WebSocket, Promise<void>>();

  webSocketMessage(ws: WebSocket, raw: string | ArrayBuffer): Promise<void> {
    const run = (this.inbox.get(ws) ?? Promise.resolve()).then(() => this.handle(ws, raw));
    const settled = run.catch(() => undefined);
    this.inbox.set(ws, settled);
    return run.finally(() => {
      if (this.inbox.get(ws) === settled) this.inbox.delete(ws);
    });
  }

  private async handle(ws: WebSocket, raw: string | ArrayBuffer) {
    const game = this.game;
    if (!game) return this.refuse(ws, 'not_found', 'No live game is here.', true);
    const who = this.sockets.who(ws);
    const now = Date.now();
    this.heard.set(ws, now);
    // Memory is lost when the object hibernates; the attachment is not, so it keeps when the
    // socket was last heard, to within a quarter of the limit (a write now and then, not per message).
    if ((who.role === 'host' || who.role === 'player') && now - (who.at ?? 0) > this.silentMs / 4) this.sockets.attach(ws, { ...who, at: now });
    try {
      if (who.role === 'closed') return;
      // A ping the runtime did not answer (sent while the object was busy starting): answered here.
      if (raw === PING) return sendText(ws, PONG);
      if (who.role === 'pending') await this.identify(game, ws, raw, now);
      else if (who.role === 'host') await this.fromHost(game, ws, raw, now);
      else await this.fromPlayer(game, ws, who.id, raw, now);
    } catch (err) {
      console.error('live game message failed', err);
      this.refuse(ws, 'internal', 'Something went wrong on our side. Please reconnect.', true);
    }
  }

  async webSocketClose(ws: WebSocket, code: number) {
    try {
      ws.close(code === 1005 || code === 1006 ? 1000 : code, 'closed');
    } catch {
      // already closed
    }
    await this.dropped(ws);
  }

  async webSocketError(ws: WebSocket) {
    await this.dropped(ws);
  }

  private async dropped(ws: WebSocket) {
    if (!this.game) return;
    this.game.setConnected(this.sockets.connectedIds(ws), Date.now());
    await this.flush();
    // The dropped player's grace may end before anything else is due.
    await this.schedule();
  }

  async alarm() {
    const game = this.game;
    if (!game) return;
    const now = Date.now();
    let silenced = false;
    this.silenceCheckAt = null;
    for (const ws of this.ctx.getWebSockets()) {
      const who = this.sockets.who(ws);
      // A hello that came in time and is still being handled (a join waits on D1) is no silence.
      if (who.role === 'pending' && now >= this.helloDeadline(who.at) && !this.heard.has(ws)) {
        this.refuse(ws, 'unauthorized', 'Say who you are within 10 seconds of connecting: host, join or rejoin.', true);
      } else if (who.role === 'host' || who.role === 'player') {
        const silentUntil = this.lastHeard(ws, who) + this.silentMs;
        if (now > silentUntil) {
          // A network that died without a close leaves a socket that looks open; its player is away.
          this.sockets.attach(ws, { role: 'closed' });
          closeSocket(ws, 1001, 'silent for too long: reconnect');
          silenced = true;
        } else this.silenceCheckAt = Math.min(this.silenceCheckAt ?? silentUntil, silentUntil);
      }
    }
    if (silenced) game.setConnected(this.sockets.connectedIds(), now);
    game.tick(now);
    if (game.isAbandoned(now, this.idleMs)) game.end(now);
    await this.flush();
    await this.schedule();
  }

  private lastHeard(ws: WebSocket, who: Attachment): number {
    const pinged = this.ctx.getWebSocketAutoResponseTimestamp(ws)?.getTime() ?? 0;
    return Math.max(this.heard.get(ws) ?? 0, 'at' in who ? (who.at ?? 0) : 0, pinged);
  }

  // ── messages ───────────────────────────────────────────────────────────────────────────────────

  private async identify(game: LiveGameState, ws: WebSocket, raw: string | ArrayBuffer, now: number) {
    const hello = decodeClient(raw, helloMessage);
    if (hello) this.lastHelloAt = now;
    else {
      // A host or rejoin hello whose credential is malformed is a wrong credential, not a missing hello.
      const kind = typeof raw === 'string' ? /^\s*\{\s*"type"\s*:\s*"(host|rejoin)"/.exec(raw)?.[1] : undefined;
      if (kind === 'host') return this.refuse(ws, 'forbidden', 'This key does not open this game’s quiz.', true);
      if (kind === 'rejoin') return this.refuse(ws, 'forbidden', 'This token does not belong to this game.', true);
      return this.refuse(ws, 'invalid_input', 'Say who you are first: {"type":"host","key"}, {"type":"join","name"} or {"type":"rejoin","token"}.', true);
    }
    if (hello.type === 'host') {
      if (!(await secretMatches(hello.key, game.config.teacherKeyHash))) return this.refuse(ws, 'forbidden', 'This key does not open this game’s quiz.', true);
      this.sockets.attach(ws, { role: 'host', at: now });
      game.hostCatchUp(now);
      return this.flush();
    }
    let player: LivePlayer;
    let token: string;
    if (hello.type === 'join') {
      // A quiz closed since the game began takes no one new, as its self-paced joins do not.
      if (!(await this.quizTakesPlayers(game, now))) return this.refuse(ws, 'gone', 'This quiz is closed: the game takes no new players.', true);
      if (game.config.uniqueNames && (await nameTakenIn(createDb(this.env.DB), game.config.quizCode, hello.name))) {
        return this.refuse(ws, 'conflict', 'Someone in this quiz already plays under this name. Choose another.', true);
      }
      token = newSecret();
      const joined = game.join({ id: newId(), name: hello.name, tokenHash: await sha256Hex(token) }, now);
      if (!joined.ok) return this.refuse(ws, joined.code, joined.message, true);
      player = joined.player;
    } else {
      token = hello.token;
      const back = game.rejoin(await sha256Hex(token));
      if (!back.ok) return this.refuse(ws, back.code, back.message, true);
      player = back.player;
      // A reload leaves the old connection behind: only the newest one speaks for the player.
      for (const old of this.sockets.ofPlayer(player.id)) closeSocket(old, 1000, 'replaced by a newer connection');
    }
    this.sockets.attach(ws, { role: 'player', id: player.id, at: now });
    game.catchUp(player.id, now, token);
    // The connections known already plus this one: a walk of every socket per join made a class
    // joining at once cost players² (a rejoin's replaced socket leaves by its own close event).
    game.setConnected(new Set(game.connected).add(player.id), now);
    // Stored with the others joining at the same moment; the token goes out once its player is stored.
    await this.flushSoon();
  }

  private async fromHost(game: LiveGameState, ws: WebSocket, raw: string | ArrayBuffer, now: number) {
    const msg = decodeClient(raw, hostClientMessage);
    if (!msg) return this.refuse(ws, 'invalid_input', 'A host sends start, next, kick (with a playerId) or end.', false);
    let refused: Refusal | null;
    if (msg.type === 'start') refused = game.start(now);
    else if (msg.type === 'next') refused = game.next(now, msg);
    else if (msg.type === 'end') refused = game.end(now);
    else refused = game.kick(msg.playerId, now);
    if (refused) this.refuse(ws, refused.code, refused.message, false);
    await this.flush();
    if (msg.type === 'kick' && !refused) for (const s of this.sockets.ofPlayer(msg.playerId)) closeSocket(s, 1008, 'removed by the host');
  }

  private async fromPlayer(game: LiveGameState, ws: WebSocket, playerId: string, raw: string | ArrayBuffer, now: number) {
    const msg = decodeAnswer(raw);
    if (!msg) return this.refuse(ws, 'invalid_input', 'A player sends {"type":"answer","index","choiceId"}.', false);
    const refused = game.answer(playerId, msg.index, msg.choiceId, now);
    if (refused) this.refuse(ws, refused.code, refused.message, false);
    else await this.flushSoon();
  }

  /** Joins arriving while a read of the quiz is under way share it (one read per round trip, not one per player). */
  private async quizTakesPlayers(game: LiveGameState, now: number): Promise<boolean> {
    this.quizRead ??= readQuizOpen(this.env.DB, game.config.quizCode).finally(() => {
      this.quizRead = null;
    });
    return quizTakesPlayers(await this.quizRead, now);
  }

  /**
   * One write for the answers (or joins) that arrive together: the first starts a short wait, the
   * ones arriving during it join, then all are stored and acknowledged at once. Anything else that flushes
   * meanwhile (the host's next step) stores and acks them first.
   */
  private flushSoon(): Promise<void> {
    this.batch ??= new Promise<void>((resolve, reject) => {
      setTimeout(() => {
        this.batch = null;
        this.flush().then(resolve, reject);
      }, BATCH_MS);
    });
    return this.batch;
  }

  // ── storage, then sending ──────────────────────────────────────────────────────────────────────

  /** Stores what the game changed, then sends what it said: an ack never outruns its answer. */
  private async flush() {
    const game = this.game!;
    const { meta, players, answers, out } = game.drain();
    const entries: [string, unknown][] = [];
    if (meta) entries.push(['meta', meta]);
    for (const p of players) entries.push([`p:${p.id}`, p]);
    for (const a of answers) entries.push([answerKey(a), a]);
    for (let i = 0; i < entries.length; i += PUT_CHUNK) await this.ctx.storage.put(Object.fromEntries(entries.slice(i, i + PUT_CHUNK)));
    // A question closing with this write (its last answers came in) is said after its acks: those
    // leave with the commit instead of waiting behind a reveal for every player. The order of all
    // messages stays as it was, and nothing else runs between the two parts.
    const cut = out.findIndex((o) => o.msg.type === 'reveal');
    if (cut > 0) {
      this.send(out.slice(0, cut));
      await this.ctx.blockConcurrencyWhile(() => new Promise((resolve) => setTimeout(resolve, 0)));
      this.send(out.slice(cut));
    } else if (out.length) this.send(out);
    if (meta) await this.schedule();
    if (game.meta.phase === 'ended' && !this.finalised) await this.finalise();
  }

  private send(out: ReturnType<LiveGameState['drain']>['out']) {
    const { hosts, players } = this.sockets.byRole();
    deliver(out, hosts, players, this.hostUpdates, sendText);
  }

  private refuse(ws: WebSocket, code: string, message: string, close: boolean): void {
    const who = this.sockets.who(ws);
    if (!close && who.role !== 'closed') {
      const now = Date.now();
      const refused = [...(who.refused ?? []).filter((t) => now - t < REFUSAL_WINDOW_MS), now];
      if (refused.length > MAX_REFUSALS) {
        this.refuse(ws, 'rate_limited', 'Too many messages this game cannot take: reconnect to go on.', true);
        return;
      }
      this.sockets.attach(ws, { ...who, refused });
    }
    const msg = { type: 'error' as const, code, message };
    sendText(ws, who.role === 'host' ? encodeForHost(msg as ToHost) : encodeForPlayer(msg as ToPlayer));
    if (close) {
      // Marked so that no later message or deadline counts it among the game's connections.
      this.sockets.attach(ws, { role: 'closed' });
      closeSocket(ws, 1008, message);
    }
  }

  /** The alarm rings at the earliest of: the open question's end, an unidentified connection's deadline, abandonment, the next look for silent connections. */
  private async schedule() {
    const game = this.game;
    if (!game) return;
    const times: number[] = [];
    const deadline = game.nextDeadline(this.idleMs);
    if (deadline !== null) times.push(deadline);
    let open = false;
    for (const ws of this.ctx.getWebSockets()) {
      const who = this.sockets.who(ws);
      // A pending connection whose hello is being handled has no deadline left to keep.
      if (who.role === 'pending') {
        if (!this.heard.has(ws)) times.push(this.helloDeadline(who.at));
      } else if (who.role !== 'closed') open = true;
    }
    // Silent connections are looked for at least this often (a ping moves no alarm: it wakes nothing).
    if (open) times.push(Math.max(Date.now() + 1000, this.silenceCheckAt ?? Date.now() + this.silentMs));
    if (game.meta.phase === 'ended' && !this.finalised) times.push(Date.now() + FINALISE_RETRY_MS);
    if (times.length) await this.alarmBy(Math.min(...times));
  }

  /** When a connection opened at `at` that has not said who it is is refused. */
  private helloDeadline(at: number): number {
    return Math.min(Math.max(at + this.helloMs, this.lastHelloAt + HELLO_BUSY_MS), at + HELLO_MAX_WAITS * this.helloMs);
  }

  /** Makes sure the alarm rings by `want`. */
  private async alarmBy(want: number) {
    const current = await this.ctx.storage.getAlarm();
    // A later alarm than needed would miss a deadline; an earlier one only rings, finds nothing due and re-arms.
    if (current === null || want < current) await this.ctx.storage.setAlarm(want);
  }

  /** Writes the finished game's plays and answers to D1 in one batch; until that succeeds the alarm tries again. */
  private async finalise() {
    const game = this.game!;
    const answers = [...(await this.ctx.storage.list<LiveAnswer>({ prefix: 'a:' })).values()];
    const records = finalRecords(game.config, game.meta, [...game.players.values()], answers);
    try {
      await finaliseLiveGame(createDb(this.env.DB), game.config, game.meta, records);
    } catch (err) {
      console.error('live game could not be written to D1; retrying', game.config.code, err);
      await this.schedule();
      return;
    }
    this.finalised = true;
    await this.ctx.storage.put('finalised', true);
  }
}
