// A word a text spells two ways ("Ununtrium" in one sentence, "unutrium" in another): the rarer
// spelling is a slip of the source, which a prompt would copy.

const WORD = /\p{L}{7,}/gu;
const NAME = /\b\p{Lu}\p{Ll}{5,}\b/gu;
/** A title may be in capitals: "SIMON KAHIRA V. REPUBLIC". */
const HEADLINE_NAME = /\b\p{Lu}\p{L}{5,}\b/gu;

/** Whether one letter added, lost or changed turns one word into the other. */
export function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return a.slice(i + (a.length >= b.length ? 1 : 0)) === b.slice(i + (b.length >= a.length ? 1 : 0));
}

/**
 * The indices of the texts holding a word of seven letters or more that is written once, and
 * differs by one letter, added or lost, from a word written at least twice elsewhere in them.
 * Endings are left alone: "villages" and "villagers", "billion" and "Billiton" are two words.
 */
export function misspeltIn(texts: readonly string[], headline = ''): Set<number> {
  const counts = new Map<string, number>();
  const wordsOf = texts.map((t) => (t.match(WORD) ?? []).map((w) => w.toLowerCase()));
  for (const words of wordsOf) for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  /** Each word with one inner letter dropped → the word. */
  const shorter = new Map<string, string>();
  for (const [w, n] of counts) {
    if (w.length < 8 || n < 2) continue;
    for (let k = 1; k < w.length - 3; k++) {
      const cut = w.slice(0, k) + w.slice(k + 1);
      if (cut !== w && !shorter.has(cut)) shorter.set(cut, w);
    }
  }
  const out = new Set<number>();
  // "Kahira v. Republic" over "Kahiga was tried", "Relief of Mafeking" over "fighting around Mateking": a name the
  // headline spells, one letter changed inside it.
  const named = (headline.match(HEADLINE_NAME) ?? []).map((w) => w.toLowerCase());
  // "KANDY lies round …" under the title "Kandy": an entry's headword left in its capitals (a brand or a company a
  // release writes in capitals, "REJOICE", "AYRCO, S.A.", stands under a longer title).
  const head = /^\p{Lu}\p{Ll}{3,}$/u.test(headline.trim()) ? new RegExp(`\\b${headline.trim().toUpperCase()}\\b`, 'u') : null;
  texts.forEach((t, i) => {
    if (head?.test(t)) out.add(i);
  });
  if (named.length)
    texts.forEach((t, i) => {
      for (const w of (t.match(NAME) ?? []).map((x) => x.toLowerCase()))
        if (named.some((h) => h !== w && h.length === w.length && h[0] === w[0] && oneEditApart(h, w))) out.add(i);
    });
  wordsOf.forEach((words, i) => {
    for (const w of words) {
      if (counts.get(w) !== 1) continue;
      // Missing a letter another spelling has, or holding one it lacks.
      const longer = shorter.get(w);
      let slip = longer !== undefined && longer !== w;
      for (let k = 1; !slip && k < w.length - 3; k++) {
        const cut = w.slice(0, k) + w.slice(k + 1);
        slip = cut.length >= 7 && cut !== w && (counts.get(cut) ?? 0) >= 2;
      }
      if (slip) {
        out.add(i);
        break;
      }
    }
  });
  return out;
}
