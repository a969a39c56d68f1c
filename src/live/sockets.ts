// A live game's connections: who each socket is, and sending to and closing one that may be gone.

/** `at`: when the connection opened, or (roughly) when it last sent a message: where its silence starts. */
export type Attachment = (
  | { role: 'pending'; at: number }
  | { role: 'host'; at?: number }
  | { role: 'player'; id: string; at?: number }
  | { role: 'closed' }
) & {
  refused?: number[];
};

export class Sockets {
  /** Attachments as last written: read back once per socket, not on every message. */
  private readonly attached = new WeakMap<WebSocket, Attachment>();

  constructor(private readonly ctx: DurableObjectState) {}

  who(ws: WebSocket): Attachment {
    let a = this.attached.get(ws);
    if (!a) {
      a = (ws.deserializeAttachment() as Attachment | null) ?? { role: 'closed' };
      this.attached.set(ws, a);
    }
    return a;
  }

  attach(ws: WebSocket, a: Attachment) {
    ws.serializeAttachment(a);
    this.attached.set(ws, a);
  }

  /** The host's screens, and each player's connections (a reload may leave two for a moment). */
  byRole(): { hosts: WebSocket[]; players: Map<string, WebSocket[]> } {
    const hosts: WebSocket[] = [];
    const players = new Map<string, WebSocket[]>();
    for (const ws of this.ctx.getWebSockets()) {
      const who = this.who(ws);
      if (who.role === 'host') hosts.push(ws);
      else if (who.role === 'player') {
        const list = players.get(who.id);
        if (list) list.push(ws);
        else players.set(who.id, [ws]);
      }
    }
    return { hosts, players };
  }

  ofPlayer(playerId: string): WebSocket[] {
    return this.ctx.getWebSockets().filter((ws) => {
      const who = this.who(ws);
      return who.role === 'player' && who.id === playerId;
    });
  }

  connectedIds(except?: WebSocket): Set<string> {
    const ids = new Set<string>();
    for (const ws of this.ctx.getWebSockets()) {
      if (ws === except || ws.readyState !== WebSocket.OPEN) continue;
      const who = this.who(ws);
      if (who.role === 'player') ids.add(who.id);
    }
    return ids;
  }
}

export function sendText(ws: WebSocket, text: string) {
  try {
    ws.send(text);
  } catch {
    // a connection closing meanwhile: its close handler updates the game
  }
}

export function closeSocket(ws: WebSocket, code: number, reason: string) {
  // A close reason is at most 123 bytes, and "’" takes three of them.
  let cut = reason;
  while (new TextEncoder().encode(cut).length > 120) cut = cut.slice(0, -2);
  try {
    ws.close(code, cut === reason ? reason : `${cut}…`);
  } catch {
    // already closed
  }
}
