// Numbers with their units inside a statement: "137", "€4.2 million", "12.5%", "3,400 troops".

export interface NumberMention {
  start: number;
  end: number;
  text: string;
  value: number;
  decimals: number;
  currency: string;
  scale: string;
  percent: string;
  grouped: boolean;
}

const NUMBER = /(^|[\s(])([$€£¥]|US\$)?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(\s?%|\s(?:per cent|percent))?(\s(?:million|billion|trillion|thousand))?(?=$|[\s.,;:!?)”"’])/g;

/**
 * Numbers that can be asked about. Skips years (a date question's business), numbers glued to
 * names ("Flight 17", "G20"), scores and ranges ("7–2", "2011-12") and ordinals.
 */
export function findNumbers(s: string): NumberMention[] {
  const out: NumberMention[] = [];
  if (!/\d/.test(s)) return out;
  NUMBER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NUMBER.exec(s))) {
    const start = m.index + m[1].length;
    const end = m.index + m[0].length;
    const [, , currency = '', int, dec = '', percent = '', scale = ''] = m;
    const value = Number(int.replace(/,/g, '') + (dec ? '.' + dec : ''));
    const before = s.slice(Math.max(0, start - 24), start);
    const after = s.slice(end, end + 24);
    if (!Number.isFinite(value)) continue;
    if (/[–—\-\/+:]$/.test(before) || /^[–—\-\/+:]\d/.test(after) || /^[–—\-\/]/.test(after)) continue;
    // A capitalised word right before: part of a name ("Flight 17", "Resolution 2254").
    if (/\p{Lu}[\p{L}.]*\s$/u.test(before) && !/^(In|On|By|At|Of|About|Some|Nearly|Almost|Over|Under|The|Around|Only|Just|With)\s$/.test(/(\S+\s)$/.exec(before)?.[1] ?? '')) continue;
    if (!currency && !percent && !scale && !dec && !int.includes(',') && value >= 1000 && value <= 2100) continue;
    // Day of a date ("5 February", "February 5").
    if (/^\s(January|February|March|April|May|June|July|August|September|October|November|December)\b/.test(after)) continue;
    if (/(January|February|March|April|May|June|July|August|September|October|November|December)\s$/.test(before)) continue;
    if (/^(st|nd|rd|th)\b/.test(after)) continue;
    // First day of a range: "from 14 to 16 April", "on 21 and 22 February".
    if (/^\s(?:to|and|or|-|–)\s\d{1,2}\s(January|February|March|April|May|June|July|August|September|October|November|December)\b/.test(after)) continue;
    out.push({
      start, end, text: s.slice(start, end), value, decimals: dec.length, currency, scale: scale.trim(),
      percent: percent, grouped: int.includes(','),
    });
  }
  return out;
}

/** Formats a value like a sample mention: same currency, decimals, grouping, percent and scale. */
export function formatLike(value: number, like: NumberMention): string {
  let body = value.toFixed(like.decimals);
  if (like.grouped || (value >= 10000 && !like.decimals)) {
    const [i, d] = body.split('.');
    body = i.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (d ? '.' + d : '');
  }
  return `${like.currency}${body}${like.percent}${like.scale ? ' ' + like.scale : ''}`;
}
