// Local secrets for `npm start`: writes .dev.vars (git-ignored) with fresh random values the first
// time, and keeps them afterwards so plays in progress survive a restart. A deploy sets its own
// with `wrangler secret put` (see README).
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const LOCAL_SECRETS = ['CHOICE_SECRET', 'OPERATOR_KEY'];

/** Fresh random values for every local secret, e.g. for a throwaway `wrangler dev`. */
export function randomSecrets() {
  return Object.fromEntries(LOCAL_SECRETS.map((name) => [name, randomBytes(32).toString('base64url')]));
}

/** `--var NAME:VALUE` arguments for `wrangler dev`. */
export function varArgs(secrets = randomSecrets()) {
  return Object.entries(secrets).flatMap(([k, v]) => ['--var', `${k}:${v}`]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = path.resolve(import.meta.dirname, '..', '.dev.vars');
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const missing = LOCAL_SECRETS.filter((name) => !new RegExp(`^${name}=`, 'm').test(text));
  if (missing.length) {
    const fresh = randomSecrets();
    const lines = missing.map((name) => `${name}=${fresh[name]}`);
    writeFileSync(file, `${text && !text.endsWith('\n') ? `${text}\n` : text}${lines.join('\n')}\n`, { mode: 0o600 });
    console.log(`.dev.vars: created local ${missing.join(', ')}`);
  }
}
