// Who said it (or did it): the subject of a statement becomes "Who", its predicate stays.

import { dropFinalStop } from '../text';
import type { StatementAnalysis } from '../analysis/document';
import { COUNTRIES } from '../facts/countries';
import { entityKeysInText, explain, fitPrompt, type Candidate, type Context } from './common';
import { answerTextFor } from './cloze';
import { entityDistractors, notAPerson } from './distractors';

export function attributionQuestions(st: StatementAnalysis, ctx: Context): Candidate[] {
  // Quoted words are asked on their own (quote-speaker.ts).
  if (st.quoteSpeaker) return [];
  const subj = st.subject;
  const pred = st.predicate;
  if (!subj || !pred || subj.pair) return [];
  const e = subj.entity;
  // "Which country has stepped up harassment …?" beside the story's allies: too easy to rule out.
  if (!['person', 'org'].includes(e.type)) return [];
  // The subject's own mention: "Russian Foreign Minister Sergei Lavrov" starts with "Russian".
  const mention = st.mentions.find((m) => m.entity === e && m.start >= subj.start && m.end <= subj.end);
  const lead = st.text.slice(0, subj.start);
  // Territories are not called countries: "What has long been a flashpoint …?"
  const territory = e.type === 'country' && COUNTRIES.some((c) => c.name === e.name && (c.territory || c.partOf));
  const wh = territory
    ? 'what'
    : e.type === 'country'
      ? 'which country'
      : e.subtype === 'club'
        ? 'which club'
        : e.type === 'org' && !/government|un-body|intergovernmental|alliance/.test(e.subtype ?? '')
          ? 'which organisation'
          : 'who';
  if (notAPerson(e, ctx)) return [];
  const rest = dropFinalStop(st.text.slice(pred.verbStart));
  // "Who scored 36 points, and Capela had 17 points …?": a second clause with its own subject.
  if (/, (?:and|while|but|as) (?:the )?\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)* (?!of\b|and\b)\p{Ll}/u.test(rest)) return [];
  if (/[?]$/.test(rest)) return [];
  // "Ann Lee nominated by Tom Ray": a minute's note, a participle with no verb before it ("Who nominated by …?").
  if (/^\p{Ll}+(?:ed|en) by\b/u.test(rest)) return [];
  // "met his Venezuelan colleague": only one of the same office fits, and the options hold others.
  if (/\b(?:colleague|counterpart|opposite number)s?\b/.test(rest)) return [];
  let prompt = `${lead}${lead ? wh : wh[0].toUpperCase() + wh.slice(1)} ${rest}?`;
  const fitted = fitPrompt(prompt.slice(0, -1), lead.length + wh.length + 10);
  if (!fitted) return [];
  prompt = `${fitted.replace(/\.$/, '')}?`;
  // "Who finished third at 2:15:24?", "Who called the meeting to order?": with nothing named, of which race or meeting?
  if (!/\s\p{Lu}/u.test(prompt.replace(/[“"][^”"]*[”"]/g, ''))) return [];
  const answerInfo = mention ? answerTextFor(mention) : { text: e.name, surname: false };
  // The pronoun rewrite names a person by surname; the options use full names.
  const answer = e.type === 'person' ? (answerInfo.surname && e.name.includes(' ') ? e.name : answerInfo.text) : e.name;
  const surnameForm = e.type === 'person' && !answer.includes(' ');
  const others = entityKeysInText(st, subj.start, subj.end);
  if (e.keys.some((k) => others.has(k))) return [];
  const ds = entityDistractors(e, answer, surnameForm, ctx, prompt, others);
  if (ds.length < 3) return [];
  return [
    {
      kind: 'attribution',
      statementIndex: st.index,
      prompt,
      answer,
      distractors: ds.map((d) => d.text),
      answerKeys: e.keys,
      distractorKeys: ds.map((d) => d.keys),
      explanation: explain(st, `It was ${answer}.`),
      score: (pred.speech ? 0.8 : 0.66) + (e.type === 'person' ? 0.05 : 0) - ds.filter((d) => d.tier >= 3).length * 0.02,
      difficulty: 0.4 + ds.filter((d) => d.tier === 0).length * 0.1,
    },
  ];
}
