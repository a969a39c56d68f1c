// Who speaks each quoted sentence. A reporter names the speaker once and lets the quote run on
// over further sentences and paragraphs (each new paragraph reopens the mark): those later
// sentences are the same speaker's words, though no name stands beside them.

import { MALFORMED_NAME } from './document';
import type { Entity, Mention } from './entities';
import { quoteOpenAfter } from './quotes';
import type { StatementAnalysis } from './statement';

export interface SpokenQuote {
  statementIndex: number;
  /** the quoted sentence without its marks and its closing comma or stop */
  quote: string;
  speaker: Entity;
  /** the statement that names the speaker: this one, or the one the run started in */
  namedIn: number;
  /** words outside the quote that say who speaks (name, role, body): the quote must not hold them */
  giveaways: string[];
}

const SPEECH = '(?:said|says|added|adds|commented|comments|noted|explained|stated|wrote|writes|warned|insisted|declared|told [^:“”"]{2,40}?)';
/** “…,” Hammond said. / “…,” said lead author Jo Hale, a scientist at … — the quote first. */
const QUOTE_FIRST = /^[“"]([^“”"]{8,400}?)[,.?!]?[”"],? ([^“”"]{3,160})\.$/u;
const SPEECH_IN = new RegExp(`\\b${SPEECH}\\b`, 'u');
/** Jo Hale, head of research at Halden Capital, said: “…” — the speaker first, then a colon. */
const SPEAKER_FIRST = new RegExp(`^([^“”":]{3,160}?) ${SPEECH}:\\s*[“"]([^“”"]{8,400}?)(?:[”"]\\.?)?$`, 'u');
/** A sentence of a run, maybe closing it: “We knew the trends.” */
const RUN_PART = /^[“"]?([^“”"]{8,400}?)[”"]?$/u;
/** A speech tag left on a sentence whose closing mark the source forgot: "…, the minister said." */
const SPEECH_TAIL = new RegExp(`,? (?:[^,]{1,40} )?${SPEECH}\\.$`, 'u');
const NOT_GIVEAWAY = new Set(['The', 'A', 'An', 'Mr', 'Mrs', 'Ms', 'Dr', 'In', 'On', 'At', 'And']);

/** A speaker read as "Man-of-the-match Senior" is the "Keith Senior" the text names elsewhere. */
function properSpeaker(e: Entity, people: Iterable<Entity>): Entity | null {
  if (e.type !== 'person') return e.type === 'org' ? e : null;
  if (!MALFORMED_NAME.test(e.name)) return e.name.includes(' ') ? e : null;
  const last = e.name.split(/[\s-]+/).pop()!;
  const matches = [...people].filter((p) => p !== e && !MALFORMED_NAME.test(p.name) && p.name.endsWith(` ${last}`));
  return matches.length === 1 ? matches[0] : null;
}

const ROLE_AFTER =
  /^['’]?s? (?:striker|player|captain|coach|manager|midfielder|defender|goalkeeper|forward|winger|spokes(?:man|woman|person)|chief|executive|official|president|chairman|chairwoman|director|boss|star|founder|head|minister|secretary|analyst|economist|researcher|scientist|engineer|employee|worker|member|lawyer|representative)\b/;
/** The one speaker a stretch names: its first person, or its only body when no person is named. */
function speakerIn(text: string, ms: Mention[], from: number, to: number): Entity | null {
  const inside = ms.filter((m) => m.start >= from && m.end <= to && !m.possessive);
  // "The Ayr Times in a publication on Ann Lee wrote:": the one written about is no speaker.
  const person = inside.find(
    (m) => m.entity.type === 'person' && !/\b(?:on|about|against|regarding|concerning|to|with)\s$/.test(text.slice(Math.max(0, m.start - 11), m.start)),
  );
  if (person) return person.entity;
  const orgs = inside.filter((m) => m.entity.type === 'org');
  if (orgs.length !== 1) return null;
  // "…," a health expert told Kessel News: the body told is no speaker.
  if (/\b(?:told|tells|telling|to|informed)\s$/.test(text.slice(Math.max(0, orgs[0].start - 9), orgs[0].start))) return null;
  // "said Ray LeFebvre, president, Acme Group": a name the reader did not take for a person still
  // speaks, not the body after it.
  const rest = text.slice(from, orgs[0].start) + text.slice(orgs[0].end, to);
  // "The former Kessel United striker added:": a person described by the body, not the body.
  if (ROLE_AFTER.test(text.slice(orgs[0].end, orgs[0].end + 30)) || /\b(?:former|ex-)\s*$/.test(text.slice(Math.max(0, orgs[0].start - 10), orgs[0].start)))
    return null;
  return /\p{Lu}[\p{L}'’.-]+ \p{Lu}[\p{L}'’-]+/u.test(rest) ? null : orgs[0].entity;
}

/** The speaker's name, the bodies the attribution ties them to and its acronyms ("MSF"); not places. */
function giveawaysOf(attribution: string, speaker: Entity, ms: Mention[]): string[] {
  const words = new Set<string>(speaker.name.split(/[\s-]+/).filter((w) => w.length >= 2 && !NOT_GIVEAWAY.has(w)));
  for (const m of ms)
    if (m.entity.type === 'org' && attribution.includes(m.text))
      for (const w of m.entity.name.split(' ')) if (/^\p{Lu}/u.test(w) && !NOT_GIVEAWAY.has(w)) words.add(w);
  for (const m of attribution.matchAll(/\b\p{Lu}{2,}\b/gu)) words.add(m[0]);
  return [...words];
}

const clean = (q: string) => q.trim().replace(/[,.]$/, '');

/**
 * The quoted sentences of a briefing with their speakers: named beside the quote (before it
 * with a colon, or after it with a speech verb), or carried over from the sentence that opened
 * the run. A quote whose speaker no name settles is left out.
 */
export function findSpokenQuotes(statements: readonly StatementAnalysis[], people: Iterable<Entity>): SpokenQuote[] {
  const out: SpokenQuote[] = [];
  let run: { speaker: Entity; namedIn: number; giveaways: string[] } | null = null;
  let open = false;
  for (const st of statements) {
    const text = st.text;
    const continues = open || /^[“"]/.test(st.source);
    open = quoteOpenAfter(st.source, open);
    const after = QUOTE_FIRST.exec(text);
    const before = after ? null : SPEAKER_FIRST.exec(text);
    let own: { quote: string; speaker: Entity | null; attribution: string } | null = null;
    if (after && SPEECH_IN.test(after[2])) {
      const at = text.length - after[2].length - 1;
      // "…,” he said with Donald Trump by his side: the speaker is "he", never the name after him.
      const pronoun = /^[\s,]*(?:he|she|they|we|it)\b/i.test(after[2]);
      own = { quote: after[1], speaker: pronoun ? null : speakerIn(text, st.mentions, at, text.length), attribution: after[2] };
    } else if (before) {
      own = { quote: before[2], speaker: speakerIn(text, st.mentions, 0, before[1].length), attribution: before[1] };
    }
    if (own) {
      const speaker = own.speaker && properSpeaker(own.speaker, people);
      run = speaker ? { speaker, namedIn: st.index, giveaways: giveawaysOf(own.attribution, speaker, st.mentions) } : null;
      if (run) out.push({ statementIndex: st.index, quote: clean(own.quote), ...run });
      continue;
    }
    const part = continues && run ? RUN_PART.exec(text) : null;
    if (!part || SPEECH_TAIL.test(text)) {
      // A sentence that is not the speaker's ends the run; one whose tag we cannot read does too.
      if (!continues || part === null) run = null;
      continue;
    }
    out.push({ statementIndex: st.index, quote: clean(part[1]), ...run! });
  }
  return out;
}
