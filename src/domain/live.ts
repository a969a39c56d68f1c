// A live game's rules: lobby → question → reveal → leaderboard → … → ended, one clock for all.
// Plain data in, messages out: the Durable Object around it stores what changed, then sends.
import type { ToHost, ToPlayer } from '../live/messages';
import {
  hostEnded,
  hostLeaderboard,
  hostReveal,
  lobbyMessage,
  playerEnded,
  playerLeaderboard,
  playerReveal,
  progressMessage,
  questionMessage,
  rankPlayers,
} from './live-messages';
import type { LiveAnswer, LiveConfig, LiveMeta, LivePhase, LivePlayer } from './live-records';
import { checkName } from './names';
import { scoreAnswer } from './scoring';

export * from './live-records';

export const LIVE_PLAYER_CAP = 500;
/** Network slack: an answer sent just before the end may arrive just after it (scored at the limit). */
export const ANSWER_GRACE_MS = 500;
/**
 * A player whose connection drops is still waited for this long: a reload or a blip must not
 * close the question for everyone (it closes early only once every expected player answered).
 */
export const RECONNECT_GRACE_MS = 5000;

/** What the results add to the name of a player the host removed (services/live.ts writes it). */
export const REMOVED_SUFFIX = ' (removed)';

export type Outgoing = { to: 'host'; msg: ToHost } | { to: 'players'; msg: ToPlayer } | { to: 'player'; id: string; msg: ToPlayer };

export type Refusal = { ok: false; code: 'conflict' | 'forbidden' | 'gone' | 'invalid_input' | 'name_rejected' | 'not_found'; message: string };

export class LiveGameState {
  readonly players = new Map<string, LivePlayer>();
  private readonly byToken = new Map<string, string>();
  private readonly byKey = new Map<string, string>();
  /** answers to the current question, by player */
  readonly answers = new Map<string, LiveAnswer>();
  /** players with an open connection, as the object around this knows them */
  connected = new Set<string>();
  /** when each player who was connected lost the connection (in memory: a restart forgets, and waits less) */
  private readonly goneAt = new Map<string, number>();
  /** the time of the latest event, for the counts of who is expected */
  private now = 0;

  // Changes since the last drain: stored first, then the messages go out.
  private out: Outgoing[] = [];
  private metaChanged = false;
  private changedPlayers = new Set<string>();
  private newAnswers: LiveAnswer[] = [];
  /** the host's answer counter changed: one progress message per drain, however many answers came */
  private progressDue = false;
  /** who is in the game changed: one lobby message per drain, however many joined */
  private lobbyDue = false;
  /** players not kicked, counted as they change: a join checks the cap without walking them all */
  private activeCount = 0;
  /**
   * Expected players still to answer, as last counted in full. Each answer counts it down; only
   * at zero is the full count taken again, so a burst of answers costs one walk of the players,
   * not one per answer. Connections, kicks and the alarm (a dropped player's grace ending) recount.
   */
  private unanswered = 0;
  /** Expected players, as last counted in full (the same moments): the host's counter reads it per batch. */
  private expectedCount = 0;

  constructor(
    readonly config: LiveConfig,
    public meta: LiveMeta,
    players: LivePlayer[] = [],
    currentAnswers: LiveAnswer[] = [],
  ) {
    for (const p of players) this.remember(p);
    for (const a of currentAnswers) if (a.index === meta.index) this.answers.set(a.playerId, a);
  }

  private remember(p: LivePlayer) {
    this.players.set(p.id, p);
    this.byToken.set(p.tokenHash, p.id);
    if (!p.kicked) {
      this.byKey.set(p.key, p.id);
      this.activeCount++;
    }
  }

  /** What changed and what to say, in that order; clears both. */
  drain() {
    if (this.lobbyDue) this.toHost(lobbyMessage(this));
    if (this.progressDue && this.meta.phase === 'question') this.toHost(progressMessage(this, this.expectedCount));
    this.lobbyDue = false;
    this.progressDue = false;
    const changes = {
      meta: this.metaChanged ? this.meta : null,
      players: [...this.changedPlayers].map((id) => this.players.get(id)!),
      answers: this.newAnswers,
      out: this.out,
    };
    this.out = [];
    this.metaChanged = false;
    this.changedPlayers = new Set();
    this.newAnswers = [];
    return changes;
  }

  private touch(now: number) {
    this.now = now;
    this.meta.lastActivity = now;
    this.metaChanged = true;
  }

  private toHost(msg: ToHost) {
    this.out.push({ to: 'host', msg });
  }
  private toPlayer(id: string, msg: ToPlayer) {
    this.out.push({ to: 'player', id, msg });
  }

  get active(): LivePlayer[] {
    return [...this.players.values()].filter((p) => !p.kicked);
  }

  /** Players who may answer the current question and are connected, or were a moment ago. */
  private expected(): LivePlayer[] {
    return this.active.filter((p) => {
      if (p.firstIndex > this.meta.index) return false;
      if (this.connected.has(p.id)) return true;
      const gone = this.goneAt.get(p.id);
      return gone !== undefined && this.now - gone < RECONNECT_GRACE_MS;
    });
  }

  // ── joining ──────────────────────────────────────────────────────────────────────────────────

  join(input: { id: string; name: string; tokenHash: string }, now: number): { ok: true; player: LivePlayer } | Refusal {
    if (this.meta.phase === 'ended') return { ok: false, code: 'gone', message: 'This game has ended.' };
    const checked = checkName(input.name);
    if (!checked.ok) return { ok: false, code: checked.code, message: checked.reason };
    if (this.activeCount >= LIVE_PLAYER_CAP) {
      return { ok: false, code: 'conflict', message: `This game is full: it takes ${LIVE_PLAYER_CAP} players.` };
    }
    if (this.byKey.has(checked.key)) return { ok: false, code: 'conflict', message: 'Someone in this game already plays under this name. Choose another.' };
    const player: LivePlayer = {
      id: input.id,
      name: checked.name,
      key: checked.key,
      tokenHash: input.tokenHash,
      score: 0,
      streak: 0,
      correctCount: 0,
      timeMs: 0,
      // A player arriving after the lobby enters at the next question.
      firstIndex: this.meta.index + 1,
      joinedAt: now,
      kicked: false,
    };
    this.remember(player);
    this.changedPlayers.add(player.id);
    this.touch(now);
    return { ok: true, player };
  }

  rejoin(tokenHash: string): { ok: true; player: LivePlayer } | Refusal {
    const id = this.byToken.get(tokenHash);
    const player = id ? this.players.get(id) : undefined;
    if (!player) return { ok: false, code: 'forbidden', message: 'This token does not belong to this game.' };
    if (player.kicked) return { ok: false, code: 'forbidden', message: 'The host removed you from this game.' };
    return { ok: true, player };
  }

  /** The messages that bring a player who just (re)joined up to where the game is. */
  catchUp(id: string, now: number, token: string) {
    const p = this.players.get(id)!;
    const { phase, index } = this.meta;
    // Before the reveal, score and streak are as they were before this question: they would tell the answer.
    const pending = phase === 'question' ? this.answers.get(id) : undefined;
    const score = p.score - (pending?.points ?? 0);
    const streak = pending ? pending.streakBefore : p.streak;
    this.toPlayer(id, { type: 'joined', playerId: p.id, token, name: p.name, state: phase, score, streak });
    if (phase === 'question') {
      this.toPlayer(id, { ...questionMessage(this, now), canAnswer: p.firstIndex <= index });
      const mine = this.answers.get(id);
      if (mine) this.toPlayer(id, { type: 'ack', index, choiceId: mine.choiceId });
    } else if (phase === 'reveal') {
      // The question again (closed now), so a reloaded screen can name the right answer.
      this.toPlayer(id, { ...questionMessage(this, now), canAnswer: false });
      this.toPlayer(id, playerReveal(this, p, rankPlayers(this)));
    } else if (phase === 'leaderboard') this.toPlayer(id, playerLeaderboard(this, p, rankPlayers(this)));
    else if (phase === 'ended') this.toPlayer(id, playerEnded(p, rankPlayers(this)));
  }

  /** Everything a host screen needs after it (re)attaches. */
  hostCatchUp(now: number) {
    // A host screen attaching is the teacher at work: the game is not abandoned.
    this.touch(now);
    this.lobbyDue = true;
    const { phase } = this.meta;
    if (phase === 'question') {
      this.toHost(questionMessage(this, now));
      // Counted afresh: after a restart the counts start empty.
      this.now = now;
      this.recount();
      this.progressDue = true;
    } else if (phase === 'reveal') {
      this.toHost(questionMessage(this, now));
      this.toHost(hostReveal(this));
    } else if (phase === 'leaderboard') this.toHost(hostLeaderboard(this, rankPlayers(this)));
    else if (phase === 'ended') this.toHost(hostEnded(rankPlayers(this)));
  }

  /** The object's connections changed: the host's lobby shows it, and a question may now be complete. */
  setConnected(ids: Set<string>, now: number) {
    this.now = now;
    for (const id of this.connected) if (!ids.has(id)) this.goneAt.set(id, now);
    for (const id of ids) this.goneAt.delete(id);
    this.connected = ids;
    this.lobbyDue = true;
    if (this.meta.phase === 'question') {
      this.progressDue = true;
      this.closeIfAllAnswered(now);
    }
  }

  // ── the host's steps ─────────────────────────────────────────────────────────────────────────

  start(now: number): Refusal | null {
    if (this.meta.phase !== 'lobby') return { ok: false, code: 'conflict', message: 'The game has started already.' };
    this.touch(now);
    this.openQuestion(0, now);
    return null;
  }

  /**
   * One step on: lobby → question, question → reveal, reveal → leaderboard (or the end), leaderboard → question.
   * A step that names where it advances from is taken once: a second press, or a second host
   * screen, sent before it saw the first step land, is refused instead of skipping a screen.
   */
  next(now: number, from?: { phase?: LivePhase; index?: number }): Refusal | null {
    if ((from?.phase !== undefined && from.phase !== this.meta.phase) || (from?.index !== undefined && from.index !== this.meta.index)) {
      return { ok: false, code: 'conflict', message: 'The game has moved on already: this step was taken.' };
    }
    this.touch(now);
    switch (this.meta.phase) {
      case 'lobby':
        this.openQuestion(0, now);
        return null;
      case 'question':
        this.closeQuestion(now);
        return null;
      case 'reveal':
        if (this.meta.index + 1 >= this.config.questions.length) this.finish(now);
        else this.showLeaderboard();
        return null;
      case 'leaderboard':
        this.openQuestion(this.meta.index + 1, now);
        return null;
      case 'ended':
        return { ok: false, code: 'conflict', message: 'The game has ended.' };
    }
  }

  kick(playerId: string, now: number): Refusal | null {
    // The podium and the quiz's results are written: a kick now would make them disagree.
    if (this.meta.phase === 'ended') return { ok: false, code: 'conflict', message: 'The game has ended.' };
    const p = this.players.get(playerId);
    if (!p || p.kicked) return { ok: false, code: 'not_found', message: 'No player in this game has this id.' };
    p.kicked = true;
    this.activeCount--;
    // What a removed player answered stays theirs in the results, up to the last question that
    // closed with them in the game; an answer to the open one is taken back with its points.
    const pending = this.meta.phase === 'question' ? this.answers.get(p.id) : undefined;
    p.lastIndex = this.meta.phase === 'question' || this.meta.phase === 'lobby' ? this.meta.index - 1 : this.meta.index;
    if (pending) {
      p.score -= pending.points;
      p.streak = pending.streakBefore;
      p.correctCount -= pending.correct ? 1 : 0;
      p.timeMs -= Math.min(pending.elapsedMs, this.config.limitMs);
    }
    this.byKey.delete(p.key);
    this.answers.delete(p.id);
    this.changedPlayers.add(p.id);
    this.touch(now);
    this.toPlayer(p.id, { type: 'error', code: 'forbidden', message: 'The host removed you from this game.' });
    this.lobbyDue = true;
    if (this.meta.phase === 'question') {
      this.progressDue = true;
      this.closeIfAllAnswered(now);
    }
    return null;
  }

  /** Ends the game now, from any step (the host's "end", or abandonment). */
  end(now: number): Refusal | null {
    if (this.meta.phase === 'ended') return { ok: false, code: 'conflict', message: 'The game has ended.' };
    // A question still open is closed first, so its answers count and its missing ones are scored.
    if (this.meta.phase === 'question') this.settleQuestion();
    this.finish(now);
    return null;
  }

  // ── answers and the clock ────────────────────────────────────────────────────────────────────

  answer(playerId: string, index: number, choiceId: string, now: number): Refusal | null {
    const p = this.players.get(playerId);
    if (!p || p.kicked) return { ok: false, code: 'forbidden', message: 'The host removed you from this game.' };
    const { phase, index: current } = this.meta;
    if (phase !== 'question' || index !== current) return { ok: false, code: 'conflict', message: 'This question is not open: the answer does not count.' };
    if (p.firstIndex > index) return { ok: false, code: 'conflict', message: 'You joined during this question: you play from the next one.' };
    if (this.answers.has(playerId)) return { ok: false, code: 'conflict', message: 'You answered this question already; the first answer stands.' };
    if (now > this.meta.endsAt + ANSWER_GRACE_MS) return { ok: false, code: 'conflict', message: 'Time is up for this question.' };
    const q = this.config.questions[index];
    if (!q.choices.some((c) => c.id === choiceId)) return { ok: false, code: 'invalid_input', message: 'This choice does not belong to the question.' };
    // Within the grace an answer counts, and is kept, as given at the limit, as in self-paced plays.
    const elapsedMs = Math.min(Math.max(0, now - this.meta.servedAt), this.config.limitMs);
    const correct = choiceId === q.answerId;
    const outcome = scoreAnswer({
      mode: this.config.scoring,
      correct,
      elapsedMs,
      limitMs: this.config.limitMs,
      streakBefore: p.streak,
    });
    const a: LiveAnswer = { playerId, index, choiceId, correct, points: outcome.points, elapsedMs, streakBefore: p.streak, at: now };
    this.answers.set(playerId, a);
    this.newAnswers.push(a);
    p.score += outcome.points;
    p.streak = outcome.streak;
    p.correctCount += correct ? 1 : 0;
    p.timeMs += elapsedMs;
    this.changedPlayers.add(p.id);
    this.touch(now);
    this.toPlayer(playerId, { type: 'ack', index, choiceId });
    this.progressDue = true;
    if (--this.unanswered <= 0) this.closeIfAllAnswered(now);
    return null;
  }

  /** The object's alarm rang: a question whose time is up closes. */
  tick(now: number) {
    this.now = now;
    if (this.meta.phase !== 'question') return;
    if (now >= this.closesAt() - 20) this.closeQuestion(now);
    else this.closeIfAllAnswered(now);
  }

  /** When an open question stops taking answers. */
  closesAt(): number {
    return this.meta.endsAt + ANSWER_GRACE_MS;
  }

  /** The next moment the clock matters: the open question's end, or when an idle game counts as abandoned. */
  nextDeadline(idleMs: number): number | null {
    if (this.meta.phase === 'ended') return null;
    const idle = this.meta.lastActivity + idleMs;
    if (this.meta.phase !== 'question') return idle;
    // A dropped player's grace ends: the question may then be complete without them.
    const graces = [...this.goneAt.values()].map((t) => t + RECONNECT_GRACE_MS).filter((t) => t > this.now);
    return Math.min(this.closesAt(), idle, ...graces);
  }

  isAbandoned(now: number, idleMs: number): boolean {
    return this.meta.phase !== 'ended' && now >= this.meta.lastActivity + idleMs;
  }

  private closeIfAllAnswered(now: number) {
    this.now = now;
    if (this.recount() > 0 && this.unanswered === 0) this.closeQuestion(now);
  }

  /** Counts the expected players, and those of them still to answer, in full; returns the first. */
  private recount(): number {
    const expected = this.expected();
    this.expectedCount = expected.length;
    this.unanswered = expected.filter((p) => !this.answers.has(p.id)).length;
    return this.expectedCount;
  }

  private openQuestion(index: number, now: number) {
    this.meta.phase = 'question';
    this.meta.index = index;
    this.meta.servedAt = now;
    this.meta.endsAt = now + this.config.limitMs;
    this.metaChanged = true;
    this.answers.clear();
    this.recount();
    const msg = questionMessage(this, now);
    this.toHost(msg);
    this.out.push({ to: 'players', msg });
    this.progressDue = true;
  }

  /** Scores the players who did not answer: no points, the streak broken, the whole limit as their time. */
  private settleQuestion() {
    for (const p of this.active) {
      if (p.firstIndex > this.meta.index || this.answers.has(p.id)) continue;
      p.streak = 0;
      p.timeMs += this.config.limitMs;
      this.changedPlayers.add(p.id);
    }
  }

  private closeQuestion(_now: number) {
    if (this.meta.phase !== 'question') return;
    this.settleQuestion();
    // The last count before the reveal, so the host's counter ends where the answers did.
    if (this.progressDue) this.toHost(progressMessage(this, this.expected().length));
    this.progressDue = false;
    this.meta.phase = 'reveal';
    this.metaChanged = true;
    const ranks = rankPlayers(this);
    this.toHost(hostReveal(this));
    for (const p of this.active) this.toPlayer(p.id, playerReveal(this, p, ranks));
  }

  private showLeaderboard() {
    this.meta.phase = 'leaderboard';
    this.metaChanged = true;
    const ranks = rankPlayers(this);
    this.toHost(hostLeaderboard(this, ranks));
    for (const p of this.active) this.toPlayer(p.id, playerLeaderboard(this, p, ranks));
  }

  private finish(now: number) {
    this.meta.phase = 'ended';
    this.meta.endedAt = now;
    this.metaChanged = true;
    const ranks = rankPlayers(this);
    this.toHost(hostEnded(ranks));
    for (const p of this.active) this.toPlayer(p.id, playerEnded(p, ranks));
  }
}
