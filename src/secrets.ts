// Server secrets (Worker secret bindings). `npm start` writes local ones into .dev.vars; a deploy
// sets the real ones with `wrangler secret put`. Without one, the routes that need it refuse to
// run rather than fall back to a value anyone could read in this repository.
import { ApiError } from './errors';

const MIN_SECRET_LENGTH = 16;

export function choiceSecret(env: Env): string {
  const s = env.CHOICE_SECRET;
  if (typeof s !== 'string' || s.length < MIN_SECRET_LENGTH) {
    console.error('CHOICE_SECRET is missing or shorter than 16 characters');
    throw new ApiError('unavailable', 'Playing is not available: the server is not configured yet.', { headers: { 'retry-after': '300' } });
  }
  return s;
}
