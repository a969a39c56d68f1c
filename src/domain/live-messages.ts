// What a live game's messages to the host and to each player say, built from where the game stands.
import type { ToHost, ToPlayer } from '../live/messages';
import type { LiveAnswer, LiveConfig, LiveMeta, LivePlayer } from './live-records';
import { assignRanks, compareRank } from './scoring';

const TOP_COUNT = 5;

/** What the messages read of a game: a LiveGameState, named by its shape so that live.ts, which builds them, is not imported back. */
interface Game {
  readonly config: LiveConfig;
  readonly meta: LiveMeta;
  readonly answers: ReadonlyMap<string, LiveAnswer>;
  readonly active: LivePlayer[];
  readonly connected: ReadonlySet<string>;
}

type Ranks = ReturnType<typeof rankPlayers>;

/** Players in leaderboard order with their ranks (ties share one). */
export function rankPlayers(game: Game) {
  const { meta } = game;
  // At the end, the podium holds who the quiz's results hold: not a player who saw no question.
  const counted = meta.phase === 'ended' ? game.active.filter((p) => p.firstIndex <= meta.index) : game.active;
  const sorted = counted.map((p) => ({ id: p.id, name: p.name, score: p.score, correctCount: p.correctCount, durationMs: p.timeMs })).sort(compareRank);
  const ranked = assignRanks(sorted);
  return { list: ranked, byId: new Map(ranked.map((r) => [r.id, r.rank])) };
}

export function questionMessage(game: Game, now: number) {
  const { config, meta } = game;
  const q = config.questions[meta.index];
  return {
    type: 'question' as const,
    index: meta.index,
    count: config.questions.length,
    kind: q.kind,
    prompt: q.prompt,
    // Only id and text: the stored id and the answer stay here.
    choices: q.choices.map((c) => ({ id: c.id, text: c.text })),
    limitMs: config.limitMs,
    endsAt: new Date(meta.endsAt).toISOString(),
    serverTime: new Date(now).toISOString(),
  };
}

export function lobbyMessage(game: Game): ToHost {
  return {
    type: 'lobby',
    state: game.meta.phase,
    players: game.active.map((p) => ({ id: p.id, name: p.name, connected: game.connected.has(p.id) })),
  };
}

export function progressMessage(game: Game, players: number): ToHost {
  return { type: 'progress', index: game.meta.index, answered: game.answers.size, players };
}

export function hostReveal(game: Game): ToHost {
  const { meta } = game;
  const q = game.config.questions[meta.index];
  const counts: Record<string, number> = Object.fromEntries(q.choices.map((c) => [c.id, 0]));
  for (const a of game.answers.values()) counts[a.choiceId] = (counts[a.choiceId] ?? 0) + 1;
  return { type: 'reveal', index: meta.index, correctChoiceId: q.answerId, counts, explanation: q.explanation, source: q.source };
}

export function playerReveal(game: Game, p: LivePlayer, ranks: Ranks): ToPlayer {
  const { config, meta } = game;
  const q = config.questions[meta.index];
  const mine = p.firstIndex <= meta.index ? game.answers.get(p.id) : undefined;
  const show = config.showAnswers;
  return {
    type: 'reveal',
    index: meta.index,
    correctChoiceId: show ? q.answerId : null,
    choiceId: mine?.choiceId ?? null,
    correct: mine?.correct ?? false,
    points: mine?.points ?? 0,
    score: p.score,
    streak: p.streak,
    rank: ranks.byId.get(p.id) ?? null,
    explanation: show ? q.explanation : null,
    source: show ? q.source : null,
  };
}

function top(ranks: Ranks, n: number) {
  return ranks.list.slice(0, n).map((r) => ({ rank: r.rank, name: r.name, score: r.score }));
}

export function playerLeaderboard(game: Game, p: LivePlayer, ranks: Ranks): ToPlayer {
  const rank = ranks.byId.get(p.id);
  return { type: 'leaderboard', index: game.meta.index, top: top(ranks, TOP_COUNT), you: rank ? { rank, score: p.score } : null };
}

export function hostLeaderboard(game: Game, ranks: Ranks): ToHost {
  return { type: 'leaderboard', index: game.meta.index, top: top(ranks, TOP_COUNT), players: ranks.list.length };
}

function podium(ranks: Ranks) {
  return ranks.list
    .filter((r) => r.rank <= 3)
    .slice(0, TOP_COUNT)
    .map((r) => ({ rank: r.rank, name: r.name, score: r.score }));
}

export function playerEnded(p: LivePlayer, ranks: Ranks): ToPlayer {
  return { type: 'ended', rank: ranks.byId.get(p.id) ?? null, score: p.score, correctCount: p.correctCount, podium: podium(ranks) };
}

export function hostEnded(ranks: Ranks): ToHost {
  return { type: 'ended', podium: podium(ranks), players: ranks.list.length };
}
