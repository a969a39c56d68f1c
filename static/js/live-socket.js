// @ts-check
// The WebSocket of a live game, shared by the host and player screens: says who it is on every
// (re)connection and reconnects by itself after a dropped network, unless the server refused it.

/** Shapes, labels and colours of the answer buttons: a choice differs by all three, never by colour alone. */
export const CHOICE_LOOKS = [
  { shape: '▲', label: 'A', name: 'triangle', cls: 'c0' },
  { shape: '◆', label: 'B', name: 'diamond', cls: 'c1' },
  { shape: '●', label: 'C', name: 'circle', cls: 'c2' },
  { shape: '■', label: 'D', name: 'square', cls: 'c3' },
  { shape: '★', label: 'E', name: 'star', cls: 'c4' },
  { shape: '⬟', label: 'F', name: 'pentagon', cls: 'c5' },
];

/** The live code in /live/CODE and /live/CODE/host. */
export function liveCodeFromPath() {
  return decodeURIComponent(location.pathname.split('/')[2] ?? '').toUpperCase();
}

/**
 * @typedef {{ type: string, [k: string]: any }} Message
 * @typedef {'connecting' | 'open' | 'retrying' | 'refused'} ConnectionState
 */

/** The heartbeat: a ping this often, answered by the server without waking the game. */
const PING_EVERY_MS = 10_000;
/** Nothing heard (no pong, no message) for this long, two pongs missed: the connection is dead, start a new one. */
const DEAD_AFTER_MS = 25_000;

export class LiveConnection {
  /**
   * @param {string} code
   * @param {() => Message | null} hello the first message of each connection (null: do not connect)
   * @param {(msg: Message) => void} onMessage
   * @param {(state: ConnectionState, detail?: string) => void} onState
   */
  constructor(code, hello, onMessage, onState) {
    this.url = `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/api/live/${encodeURIComponent(code)}/socket`;
    this.hello = hello;
    this.onMessage = onMessage;
    this.onState = onState;
    /** @type {WebSocket | null} */
    this.ws = null;
    this.attempt = 0;
    this.stopped = false;
    /** @type {number | undefined} */
    this.retryTimer = undefined;
    /** @type {number | undefined} */
    this.heartbeat = undefined;
    this.heardAt = 0;
    window.addEventListener('online', () => this.connectSoon(0));
    // A dropped network leaves the socket looking open, often for minutes, while nothing gets
    // through: give it up at once, so the screen says so and the next try starts clean.
    window.addEventListener('offline', () => this.drop());
  }

  drop() {
    const ws = this.ws;
    if (!ws || this.stopped) return;
    this.ws = null;
    clearInterval(this.heartbeat);
    ws.close(1000, 'offline');
    this.connectSoon();
  }

  /** Pings while open; when pongs stop coming (a network that died without telling), reconnects. */
  beat() {
    clearInterval(this.heartbeat);
    this.heardAt = Date.now();
    this.heartbeat = window.setInterval(() => {
      if (Date.now() - this.heardAt > DEAD_AFTER_MS) return this.drop();
      if (this.ws?.readyState === WebSocket.OPEN) this.ws.send('ping');
    }, PING_EVERY_MS);
  }

  connect() {
    const first = this.hello();
    if (!first || this.stopped) return;
    clearTimeout(this.retryTimer);
    this.ws?.close();
    const ws = new WebSocket(this.url);
    this.ws = ws;
    this.onState('connecting');
    ws.addEventListener('open', () => {
      ws.send(JSON.stringify(first));
      this.beat();
    });
    ws.addEventListener('message', (e) => {
      if (this.ws === ws) this.heardAt = Date.now();
      if (e.data === 'pong') return;
      /** @type {Message} */
      let msg;
      try {
        msg = JSON.parse(String(e.data));
      } catch {
        return;
      }
      if (msg.type === 'joined' || msg.type === 'lobby') {
        this.attempt = 0;
        this.onState('open');
      }
      this.onMessage(msg);
    });
    ws.addEventListener('close', (e) => {
      if (this.ws !== ws) return;
      this.ws = null;
      clearInterval(this.heartbeat);
      // 1008: the server refused this connection (a bad key, a kick, a taken name); trying again would not help.
      if (e.code === 1008 || (e.code === 1000 && e.reason.startsWith('replaced'))) {
        this.onState('refused', e.reason);
        return;
      }
      this.connectSoon();
    });
  }

  /** Reconnects after a pause that grows with each failed try (1 s, 2 s, 4 s, then every 5 s). */
  connectSoon(delay = Math.min(5000, 1000 * 2 ** this.attempt)) {
    if (this.stopped || this.ws) return;
    this.attempt++;
    this.onState('retrying');
    clearTimeout(this.retryTimer);
    this.retryTimer = window.setTimeout(() => this.connect(), delay);
  }

  /** @param {Message} msg @returns {boolean} whether it went out */
  send(msg) {
    if (this.ws?.readyState !== WebSocket.OPEN) return false;
    this.ws.send(JSON.stringify(msg));
    return true;
  }

  stop() {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    clearInterval(this.heartbeat);
    this.ws?.close(1000, 'done');
  }
}

/**
 * A countdown to `endsAt` by the server's clock (`serverTime` of the message corrects this device's).
 * @param {{ endsAt: string, serverTime: string, limitMs: number }} q
 * @param {(leftMs: number, fraction: number) => void} tick
 * @returns {() => void} stops it
 */
export function countdown(q, tick) {
  const skew = Date.parse(q.serverTime) - Date.now();
  const end = Date.parse(q.endsAt);
  let timer = 0;
  const step = () => {
    const left = Math.max(0, end - (Date.now() + skew));
    tick(left, Math.min(1, left / q.limitMs));
    if (left > 0) timer = window.setTimeout(step, 200);
  };
  step();
  return () => clearTimeout(timer);
}
