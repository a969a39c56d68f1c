// The host's lobby and answer counter say where things stand, so only the latest of each matters:
// a class joining or answering at once becomes a few updates to the projector, not one per player.
import { encodeForHost, type ToHost } from './messages';

/** Updates go out at most this often; the last one always does. */
const EVERY_MS = 100;
const HELD_TYPES = new Set<ToHost['type']>(['lobby', 'progress']);

export class HostUpdates {
  private sentAt = 0;
  private readonly held = new Map<ToHost['type'], ToHost>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  /** @param send writes texts to the host's screens */
  constructor(private readonly send: (texts: string[]) => void) {}

  /** Whether this message is an update to hold (the latest of its type wins). */
  holds(msg: ToHost): boolean {
    return HELD_TYPES.has(msg.type);
  }

  hold(msg: ToHost) {
    this.held.set(msg.type, msg);
    const wait = this.sentAt + EVERY_MS - Date.now();
    if (wait <= 0) return this.flush();
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      this.flush();
    }, wait);
  }

  /** Sends what is held now: before any other host message, so the counter ends where the answers did. */
  flush() {
    if (!this.held.size) return;
    this.sentAt = Date.now();
    const texts = [...this.held.values()].map(encodeForHost);
    this.held.clear();
    this.send(texts);
  }
}
