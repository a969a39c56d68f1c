// A word a text spells two ways ("Ununtrium" in one sentence, "unutrium" in another): the rarer
// spelling is a slip of the source, which a prompt would copy.

const WORD = /\p{L}{7,}/gu;

/**
 * The indices of the texts holding a word of seven letters or more that is written once, and
 * differs by one letter, added or lost, from a word written at least twice elsewhere in them.
 * Endings are left alone: "villages" and "villagers", "billion" and "Billiton" are two words.
 */
export function misspeltIn(texts: readonly string[]): Set<number> {
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
