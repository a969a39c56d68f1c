// Every message of a live game's WebSocket, both ways (API.md "Live games"). Client messages are
// parsed with these schemas. Server messages are built field by field (src/domain/live-messages.ts) and
// checked against their strict schemas wherever the game runs under test (LIVE_CHECK_MESSAGES),
// so a field the contract does not name (an answer, say) fails a test; in play the check is off,
// as it cost twenty times the serialising (a burst of 200 answers: 400 checked messages).
import * as z from 'zod/mini';

const int = (min = 0) => z.int().check(z.gte(min));
const index = int(0);
const choiceId = z.string().check(z.minLength(1), z.maxLength(32));
const playerId = z.string().check(z.minLength(1), z.maxLength(64));
const phase = z.enum(['lobby', 'question', 'reveal', 'leaderboard', 'ended']);

// ── HTTP ──────────────────────────────────────────────────────────────────────────────────────

/** POST /api/quizzes/:code/live: the body is optional; a game may run faster or slower than the quiz. */
export const hostLiveBody = z.object({ timeLimitSec: z.optional(int(2).check(z.lte(300))) });

// ── client → server (unknown fields are dropped, as in HTTP bodies) ───────────────────────────────

export const hostHello = z.object({ type: z.literal('host'), key: z.string().check(z.minLength(10), z.maxLength(200)) });
export const joinHello = z.object({ type: z.literal('join'), name: z.string().check(z.maxLength(200, 'Names are at most 24 characters.')) });
export const rejoinHello = z.object({ type: z.literal('rejoin'), token: z.string().check(z.minLength(10), z.maxLength(200)) });
/** The first message of every connection: who it is. */
export const helloMessage = z.discriminatedUnion('type', [hostHello, joinHello, rejoinHello]);

/** What a player may send once identified: an answer. */
export const playerClientMessage = z.object({ type: z.literal('answer'), index, choiceId });

export const startMessage = z.object({ type: z.literal('start') });
/** `phase` and `index` (optional): the step this advances from; a next sent twice for one step is then taken once. */
export const nextMessage = z.object({ type: z.literal('next'), phase: z.optional(phase), index: z.optional(z.int().check(z.gte(-1))) });
export const kickMessage = z.object({ type: z.literal('kick'), playerId });
export const endMessage = z.object({ type: z.literal('end') });
/** What a host may send once identified. */
export const hostClientMessage = z.discriminatedUnion('type', [startMessage, nextMessage, kickMessage, endMessage]);

// ── server → client ────────────────────────────────────────────────────────────────────────────

const source = z.strictObject({ briefingId: z.nullable(z.string()), statementId: z.string(), text: z.string() });
const ranked = z.strictObject({ rank: int(1), name: z.string(), score: int() });

export const errorMessage = z.strictObject({ type: z.literal('error'), code: z.string(), message: z.string() });

export const joinedMessage = z.strictObject({
  type: z.literal('joined'),
  playerId,
  token: z.string(),
  name: z.string(),
  /** where the game is: a player joining after the lobby enters at the next question */
  state: phase,
  score: int(),
  streak: int(),
});

/** Strict: a question carries its choices' ids and texts and nothing else. */
export const questionMessage = z.strictObject({
  type: z.literal('question'),
  index,
  count: int(1),
  kind: z.string(),
  prompt: z.string(),
  choices: z.array(z.strictObject({ id: choiceId, text: z.string() })),
  limitMs: int(1),
  endsAt: z.string(),
  /** the server's clock when this message was built, so a page can correct its countdown */
  serverTime: z.string(),
  /** a player who joined during this question cannot answer it */
  canAnswer: z.optional(z.boolean()),
});

export const ackMessage = z.strictObject({ type: z.literal('ack'), index, choiceId });

export const playerRevealMessage = z.strictObject({
  type: z.literal('reveal'),
  index,
  /** null in an assessed quiz until its answers are released */
  correctChoiceId: z.nullable(choiceId),
  /** the player's own choice, or null without an answer */
  choiceId: z.nullable(choiceId),
  correct: z.boolean(),
  points: int(),
  score: int(),
  streak: int(),
  rank: z.nullable(int(1)),
  explanation: z.nullable(z.string()),
  source: z.nullable(source),
});

export const playerLeaderboardMessage = z.strictObject({
  type: z.literal('leaderboard'),
  index,
  top: z.array(ranked),
  you: z.nullable(z.strictObject({ rank: int(1), score: int() })),
});

export const playerEndedMessage = z.strictObject({
  type: z.literal('ended'),
  rank: z.nullable(int(1)),
  score: int(),
  correctCount: int(),
  podium: z.array(ranked),
});

export const lobbyMessage = z.strictObject({
  type: z.literal('lobby'),
  state: phase,
  players: z.array(z.strictObject({ id: playerId, name: z.string(), connected: z.boolean() })),
});

export const progressMessage = z.strictObject({ type: z.literal('progress'), index, answered: int(), players: int() });

export const hostRevealMessage = z.strictObject({
  type: z.literal('reveal'),
  index,
  correctChoiceId: choiceId,
  counts: z.record(z.string(), int()),
  explanation: z.string(),
  source,
});

export const hostLeaderboardMessage = z.strictObject({ type: z.literal('leaderboard'), index, top: z.array(ranked), players: int() });

export const hostEndedMessage = z.strictObject({ type: z.literal('ended'), podium: z.array(ranked), players: int() });

export const toPlayer = z.discriminatedUnion('type', [
  errorMessage,
  joinedMessage,
  questionMessage,
  ackMessage,
  playerRevealMessage,
  playerLeaderboardMessage,
  playerEndedMessage,
]);
export const toHost = z.discriminatedUnion('type', [
  errorMessage,
  lobbyMessage,
  questionMessage,
  progressMessage,
  hostRevealMessage,
  hostLeaderboardMessage,
  hostEndedMessage,
]);

export type ToPlayer = z.infer<typeof toPlayer>;
export type ToHost = z.infer<typeof toHost>;
export type LivePhase = z.infer<typeof phase>;

/** Largest client message read (the longest legal one is a few hundred bytes). */
export const MAX_CLIENT_MESSAGE_BYTES = 2048;

let checking = false;
/** Whether every server message is checked against its schema before it is sent (on under test). */
export function checkMessages(on: boolean) {
  checking = on;
}

/** Serialises a server message; while checking, a message its schema refuses is a bug, so it throws. */
export function encodeForPlayer(msg: ToPlayer): string {
  return JSON.stringify(checking ? toPlayer.parse(msg) : msg);
}
export function encodeForHost(msg: ToHost): string {
  return JSON.stringify(checking ? toHost.parse(msg) : msg);
}

/**
 * A player's answer, the message a whole class sends at the same moment: read field by field as
 * `playerClientMessage` reads it (tests/domain/live.test.ts holds the two to the same verdicts), at
 * a fraction of the schema's cost per message.
 */
export function decodeAnswer(raw: string | ArrayBuffer): z.output<typeof playerClientMessage> | null {
  const value = parseJson(raw);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const { type, index, choiceId } = value as Record<string, unknown>;
  if (type !== 'answer' || typeof index !== 'number' || !Number.isSafeInteger(index) || index < 0) return null;
  // Lengths in code points, as the schema counts them (a string past 32 units may still be 32 of them).
  if (typeof choiceId !== 'string' || choiceId.length < 1 || (choiceId.length > 32 && [...choiceId].length > 32)) return null;
  return { type, index, choiceId };
}

function parseJson(raw: string | ArrayBuffer): unknown {
  if (typeof raw !== 'string' || raw.length > MAX_CLIENT_MESSAGE_BYTES) return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

/** Parses a client message: the text, as JSON, against a schema; null when it is not what the contract allows. */
export function decodeClient<S extends z.ZodMiniType>(raw: string | ArrayBuffer, schema: S): z.output<S> | null {
  const value = parseJson(raw);
  if (value === undefined) return null;
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
