// What a player sees of a question's choices: ids and order drawn, per play, from an HMAC keyed
// by the server's CHOICE_SECRET. Nothing a player receives (prompt, texts, ids, play id, the
// briefing itself) lets anyone compute which id is the answer or where it sits; and because the
// ids differ for every play, one play's feedback is no key for another.

export interface Choice {
  id: string;
  text: string;
}

/** A served choice, with the stored id it stands for (never sent to the player). */
export interface ServedChoice extends Choice {
  stored: string;
}

const keys = new Map<string, Promise<CryptoKey>>();

function keyFor(secret: string): Promise<CryptoKey> {
  let key = keys.get(secret);
  if (!key) {
    key = crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    keys.set(secret, key);
  }
  return key;
}

function base64url(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * The choices of one question as one play sees them. Sorting by independent pseudo-random keys
 * is a uniform shuffle; 72-bit ids make a collision between two choices negligible, and a length
 * field between the parts keeps distinct inputs from joining into the same message.
 */
export async function servedChoices(secret: string, playId: string, questionId: string, choices: readonly Choice[]): Promise<ServedChoice[]> {
  const key = await keyFor(secret);
  const enc = new TextEncoder();
  const macs = await Promise.all(
    choices.map(async (c) => {
      const msg = `choice\u0000${playId.length}:${playId}\u0000${questionId.length}:${questionId}\u0000${c.id}`;
      return new Uint8Array(await crypto.subtle.sign('HMAC', key, enc.encode(msg)));
    }),
  );
  const served = choices.map((c, i) => ({ id: base64url(macs[i].subarray(0, 9)), text: c.text, stored: c.id, order: macs[i].subarray(9, 17) }));
  served.sort((a, b) => {
    for (let i = 0; i < a.order.length; i++) if (a.order[i] !== b.order[i]) return a.order[i] - b.order[i];
    return 0;
  });
  return served.map(({ id, text, stored }) => ({ id, text, stored }));
}

/** The served id that stands for a stored one (for feedback and review), or null. */
export function servedIdOf(served: readonly ServedChoice[], stored: string | null): string | null {
  if (stored === null) return null;
  return served.find((c) => c.stored === stored)?.id ?? null;
}

/**
 * The order in which one play meets a quiz's `count` questions: a permutation of 0..count-1
 * drawn from the same keyed HMAC, so it is the same on every resume and no one without the
 * server's secret can tell it in advance.
 */
export async function servedOrder(secret: string, playId: string, count: number): Promise<number[]> {
  const key = await keyFor(secret);
  const enc = new TextEncoder();
  const macs = await Promise.all(
    Array.from(
      { length: count },
      async (_, i) => new Uint8Array(await crypto.subtle.sign('HMAC', key, enc.encode(`order\u0000${playId.length}:${playId}\u0000${i}`))),
    ),
  );
  const positions = Array.from({ length: count }, (_, i) => i);
  return positions.sort((a, b) => {
    for (let i = 0; i < 8; i++) if (macs[a][i] !== macs[b][i]) return macs[a][i] - macs[b][i];
    return a - b;
  });
}
