// How long a live game waits, and how much it takes, before it acts: its clocks and limits in one place.

/** A connection whose messages are refused this often in this window is closed: a flood must not slow the game for the others. */
export const MAX_REFUSALS = 20;
export const REFUSAL_WINDOW_MS = 10_000;

/** A game nobody acts in for this long is ended and written to the quiz's results. */
export const DEFAULT_IDLE_MS = 30 * 60_000;
/** A connection has this long to say who it is. */
export const DEFAULT_HELLO_MS = 10_000;
/**
 * While other connections' hellos are still being taken (one within this long), an unidentified
 * one is not refused yet: under a wave of joins its hello may be waiting its turn behind theirs.
 * It is refused at the latest after HELLO_MAX_WAITS times the limit.
 */
export const HELLO_BUSY_MS = 1000;
export const HELLO_MAX_WAITS = 3;
/** A failed write of a finished game to D1 is tried again after this long. */
export const FINALISE_RETRY_MS = 30_000;
/** storage.put takes at most 128 keys at once. */
export const PUT_CHUNK = 128;
/**
 * Answers (and joins) arriving within this long of each other are stored in one write and
 * acknowledged together after it: a class answering at once costs a few storage commits, not one
 * per player.
 */
export const BATCH_MS = 4;
/** A client's heartbeat, answered by the runtime itself: a ping never wakes the object. */
export const PING = 'ping';
export const PONG = 'pong';
/** A connection that sends nothing, not even a ping, for this long is closed on the alarm. */
export const DEFAULT_SILENT_MS = 60_000;
