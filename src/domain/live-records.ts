// A live game's data as it is stored (in its Durable Object) and as it ends up in D1: the
// questions with their game-wide choice ids, the players, their answers, where the game is.
import type { LivePhase } from '../live/messages';
import type { ScoringMode } from './scoring';

export type { LivePhase };

export interface LiveChoice {
  /** the id every screen of this game shows */
  id: string;
  text: string;
  /** the quiz's own id for it, as results store it */
  stored: string;
}

export interface LiveQuestion {
  id: string;
  kind: string;
  prompt: string;
  choices: LiveChoice[];
  /** the game's id of the right choice */
  answerId: string;
  explanation: string;
  source: { briefingId: string | null; statementId: string; text: string };
}

export interface LiveConfig {
  code: string;
  quizCode: string;
  title: string;
  scoring: ScoringMode;
  limitMs: number;
  questions: LiveQuestion[];
  /** players see the right answer, explanation and source at reveal (false: an assessed quiz not released) */
  showAnswers: boolean;
  /** an assessed quiz: a name is taken once in the whole quiz, live and self-paced plays alike */
  uniqueNames?: boolean;
  teacherKeyHash: string;
}

export interface LivePlayer {
  id: string;
  name: string;
  /** the folded name: one player per name in a game */
  key: string;
  tokenHash: string;
  score: number;
  streak: number;
  correctCount: number;
  /** answer time summed over the questions presented (the limit for one not answered): the tie-break */
  timeMs: number;
  /** the first question this player could answer */
  firstIndex: number;
  joinedAt: number;
  kicked: boolean;
  /** a removed player's last question that counts (the ones before the kick that had closed) */
  lastIndex?: number;
}

export interface LiveAnswer {
  playerId: string;
  index: number;
  choiceId: string;
  correct: boolean;
  points: number;
  elapsedMs: number;
  /** the player's streak before this answer, for a rejoin before the reveal */
  streakBefore: number;
  at: number;
}

export interface LiveMeta {
  phase: LivePhase;
  /** the current or last question; -1 in the lobby */
  index: number;
  servedAt: number;
  endsAt: number;
  endedAt: number | null;
  /** the host's or a player's last act: a game nobody touches for long is finalised */
  lastActivity: number;
}

export function newMeta(now: number): LiveMeta {
  return { phase: 'lobby', index: -1, servedAt: 0, endsAt: 0, endedAt: null, lastActivity: now };
}

/**
 * A finished game's plays and answers, one answer per question each player was in (none given: a
 * timeout). A player the host removed keeps the questions that closed before the removal, marked
 * `removed`: in the results, but on no podium or leaderboard.
 */
export function finalRecords(config: LiveConfig, meta: LiveMeta, players: LivePlayer[], answers: LiveAnswer[]) {
  // The questions shown: up to the current one (a question never opened is not counted).
  const shown = meta.index + 1;
  const byPlayer = new Map<string, Map<number, LiveAnswer>>();
  for (const a of answers) {
    let m = byPlayer.get(a.playerId);
    if (!m) byPlayer.set(a.playerId, (m = new Map()));
    m.set(a.index, a);
  }
  return (
    players
      .map((p) => {
        const given = byPlayer.get(p.id) ?? new Map<number, LiveAnswer>();
        const rows = [];
        const last = p.kicked ? Math.min(shown - 1, p.lastIndex ?? -1) : shown - 1;
        for (let i = p.firstIndex; i <= last; i++) {
          const a = given.get(i);
          const q = config.questions[i];
          rows.push({
            position: i,
            questionId: q.id,
            choiceId: a ? (q.choices.find((c) => c.id === a.choiceId)?.stored ?? null) : null,
            correct: a?.correct ?? false,
            points: a?.points ?? 0,
            elapsedMs: a ? a.elapsedMs : config.limitMs,
            at: a?.at ?? meta.endedAt ?? p.joinedAt,
          });
        }
        return { player: p, removed: p.kicked, answers: rows };
      })
      // A player who saw no question (a game ended in its lobby, a join after the last one) has no play to show.
      .filter((r) => r.answers.length > 0)
  );
}

/** What anyone may know of a game: `GET /api/live/:code`. */
export interface LiveStatus {
  code: string;
  quizCode: string;
  title: string;
  state: LiveMeta['phase'];
  playerCount: number;
  questionIndex: number | null;
  questionCount: number;
}
