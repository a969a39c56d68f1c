// Server secrets (Worker secret bindings). `npm start` writes local ones into .dev.vars; a deploy
// sets the real ones with `wrangler secret put`. Without one, the routes that need it refuse to
// run rather than fall back to a value anyone could read in this repository.
import { ApiError } from './errors';
import { secretMatches, sha256Hex } from './lib/crypto';

const MIN_SECRET_LENGTH = 16;

export function choiceSecret(env: Env): string {
  const s = env.CHOICE_SECRET;
  if (typeof s !== 'string' || s.length < MIN_SECRET_LENGTH) {
    console.error('CHOICE_SECRET is missing or shorter than 16 characters');
    throw new ApiError('unavailable', 'Playing is not available: the server is not configured yet.', { headers: { 'retry-after': '300' } });
  }
  return s;
}

/**
 * Refuses a request that does not carry the operator key (the site owner's Worker secret
 * OPERATOR_KEY) as its bearer credential. Without the secret set, nobody is the operator.
 */
export async function requireOperator(env: Env, presented: string): Promise<void> {
  const key = env.OPERATOR_KEY;
  if (typeof key !== 'string' || key.length < MIN_SECRET_LENGTH) {
    throw new ApiError('unavailable', 'Moderation is not available: the server has no operator key.', { headers: { 'retry-after': '300' } });
  }
  if (!(await secretMatches(presented, await sha256Hex(key)))) throw new ApiError('forbidden', 'This is not the operator key.');
}
