// Figures a sentence's others add up to: the prompt would give the blank away.
import { NUMBER_WORDS, type NumberMention } from '../analysis/numbers';

/** "divided into 21 subdivisions, which include seven states, seven regions, six zones and one division": the parts add up to the whole. */
export function partsAddUp(text: string, n: NumberMention): boolean {
  const rest = text.slice(n.end);
  const listed = /\b(?:include|includes|including|comprising|comprises?|consisting of|made up of|of which)\b/.exec(rest);
  if (!listed) return false;
  const parts = [...rest.slice(listed.index).matchAll(/\b(\d+|[a-z]+)\b/g)]
    .map((m) => (/^\d+$/.test(m[1]) ? Number(m[1]) : NUMBER_WORDS.indexOf(m[1])))
    .filter((x) => x > 0);
  return parts.length >= 2 && parts.reduce((t, x) => t + x, 0) === n.value;
}

/** "_____ publications met the criteria; 90 (25%) sampled …": a part and its share give the whole. */
export function shareGivesWhole(text: string, n: NumberMention): boolean {
  for (const m of text.matchAll(/(\d[\d,.]*) \((\d+(?:\.\d+)?) ?(?:%|per ?cent)\)/g)) {
    const share = Number(m[2]);
    if (!share || m.index === n.start) continue;
    if (Math.abs((Number(m[1].replace(/,/g, '')) * 100) / share - n.value) <= Math.max(1, n.value * 0.02)) return true;
  }
  return false;
}
