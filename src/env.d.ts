// Bindings that `wrangler types` cannot see: secrets live outside wrangler.toml.
interface Env {
  /** keys the per-play choice ids and order (see src/lib/choices.ts) */
  CHOICE_SECRET?: string;
}
