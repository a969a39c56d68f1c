// Where each message a game drains goes: the host's screens, every player, or one player's
// connections (a reload may leave two for a moment).
import type { LiveGameState } from '../domain/live';
import type { HostUpdates } from './host-updates';
import { encodeForHost, encodeForPlayer } from './messages';

export function deliver(
  out: ReturnType<LiveGameState['drain']>['out'],
  hosts: WebSocket[],
  players: Map<string, WebSocket[]>,
  hostUpdates: HostUpdates,
  sendText: (ws: WebSocket, text: string) => void,
): void {
  for (const o of out) {
    if (o.to === 'host') {
      if (hostUpdates.holds(o.msg)) hostUpdates.hold(o.msg);
      else {
        // Held updates go first: the host's screen counts the last answer before the reveal.
        hostUpdates.flush();
        const text = encodeForHost(o.msg);
        for (const ws of hosts) sendText(ws, text);
      }
    } else if (o.to === 'players') {
      // One message for all (a question): serialised once, whatever the class size.
      const text = encodeForPlayer(o.msg);
      for (const list of players.values()) for (const ws of list) sendText(ws, text);
    } else {
      const list = players.get(o.id);
      if (list) {
        const text = encodeForPlayer(o.msg);
        for (const ws of list) sendText(ws, text);
      }
    }
  }
}
