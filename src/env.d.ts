// Bindings that `wrangler types` cannot see: secrets live outside wrangler.toml.
interface SecretBindings {
  /** keys the per-play choice ids and order (see src/lib/choices.ts) */
  CHOICE_SECRET?: string;
  /** the site owner's moderation key (routes under /api/admin) */
  OPERATOR_KEY?: string;
  /** live games: ms without any act before a game counts as abandoned and is ended (default 30 min) */
  LIVE_IDLE_MS?: string;
  /** live games: ms a new connection has to say who it is (default 10 s) */
  LIVE_HELLO_MS?: string;
  /** '1': every live message is checked against its schema before it is sent (tests) */
  LIVE_CHECK_MESSAGES?: string;
  /** live games: ms a connection may stay silent (no message, no ping) before it is closed (default 60 s) */
  LIVE_SILENT_MS?: string;
}
interface Env extends SecretBindings {}
declare namespace Cloudflare {
  interface Env extends SecretBindings {}
}
