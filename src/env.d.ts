// Bindings that `wrangler types` cannot see: secrets live outside wrangler.toml.
interface SecretBindings {
  /** keys the per-play choice ids and order (see src/lib/choices.ts) */
  CHOICE_SECRET?: string;
  /** the site owner's moderation key (routes under /api/admin) */
  OPERATOR_KEY?: string;
}
interface Env extends SecretBindings {}
declare namespace Cloudflare {
  interface Env extends SecretBindings {}
}
