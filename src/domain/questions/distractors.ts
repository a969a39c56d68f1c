// Wrong options of the same type and context as the answer: from the briefing first, then the
// library of earlier briefings, then the built-in fact lists.

import type { Entity } from '../analysis/entities';
import { COUNTRIES, NEIGHBOUR_REGIONS, stripArticle } from '../facts/countries';
import { ORGANISATIONS } from '../facts/organisations';
import { MONTHS } from '../facts/months';
import { PEOPLE } from '../facts/people';
import { fromRandomOffset, memo, mentions, sharesKey, type Context } from './common';

export interface Option {
  text: string;
  keys: string[];
  tier: number;
}

const COUNTRY_BY_NAME = new Map(COUNTRIES.map((c) => [c.name, c]));
const countryKeys = (name: string) => {
  const partOf = COUNTRY_BY_NAME.get(name)?.partOf;
  return partOf ? [`c:${stripArticle(name)}`, `c:${stripArticle(partOf)}`] : [`c:${stripArticle(name)}`];
};

function regionRank(answerRegion: string | undefined, region: string | undefined): number {
  if (!answerRegion || !region) return 2;
  if (region === answerRegion) return 0;
  return NEIGHBOUR_REGIONS[answerRegion]?.includes(region) ? 1 : 3;
}

/** Candidate options for an entity answer, best tier first (not yet filtered). */
function pool(answer: Entity, surnameForm: boolean, ctx: Context): Option[] {
  const out: Option[] = [];
  const { registry } = ctx.analysis;
  const seenPeople = [...registry.people.values()];
  if (answer.type === 'person') {
    const personText = (name: string, surname: string) => (surnameForm ? surname : name);
    for (const p of seenPeople) {
      if (surnameForm && !p.name.includes(' ') && p.surname === p.name) {
        out.push({ text: p.name, keys: p.keys, tier: 0 });
      } else if (!surnameForm && p.name.includes(' ')) {
        out.push({ text: p.name, keys: p.keys, tier: 0 });
      } else if (surnameForm && p.surname) {
        out.push({ text: p.surname, keys: p.keys, tier: 0 });
      }
    }
    for (const lib of ctx.library) {
      for (const name of lib.people ?? []) {
        const parts = name.split(' ');
        if (surnameForm && parts.length < 2) continue;
        const text = personText(name, parts[parts.length - 1]);
        out.push({ text, keys: [`p:${name}`], tier: 2 });
      }
    }
    const field = answer.field ?? PEOPLE.find((b) => b.name === answer.name)?.field ?? ctx.field;
    for (const b of PEOPLE) {
      if (b.field !== field) continue;
      // "May" or "Lee" alone read as a month or a first name.
      if (surnameForm && (MONTHS.includes(b.surname) || b.surname.length < 3)) continue;
      const sameCountry = answer.country && b.country === answer.country;
      const sameTitle = answer.titles.includes(b.title);
      // Same office in the same country first (a president for a president), then the same
      // country (a Chinese official for a Chinese official), then the same office elsewhere.
      const tier = sameCountry && sameTitle ? 1 : sameCountry ? 2 : sameTitle ? 3 : 4;
      out.push({ text: personText(b.name, b.surname), keys: [`p:${b.name}`], tier });
    }
  } else if (answer.type === 'country') {
    for (const e of registry.entities.values()) {
      if (e.type === 'country') out.push({ text: e.name, keys: e.keys, tier: regionRank(answer.region, e.region) === 0 ? 0 : 2 });
    }
    for (const lib of ctx.library) {
      for (const place of lib.places ?? []) {
        const c = COUNTRY_BY_NAME.get(place);
        if (c) out.push({ text: c.name, keys: countryKeys(c.name), tier: regionRank(answer.region, c.region) === 0 ? 1 : 3 });
      }
    }
    const answerIsNation = !!COUNTRY_BY_NAME.get(answer.name)?.partOf;
    for (const c of COUNTRIES) {
      if (c.territory || (c.partOf && !answerIsNation)) continue;
      out.push({ text: c.name, keys: countryKeys(c.name), tier: 1 + regionRank(answer.region, c.region) });
    }
  } else if (answer.type === 'capital') {
    for (const e of registry.entities.values()) {
      if (e.type === 'capital') out.push({ text: e.name, keys: e.keys, tier: 0 });
    }
    const answerInNation = !!COUNTRIES.find((c) => c.capital === answer.name)?.partOf;
    for (const c of COUNTRIES) {
      if (!c.capital || c.territory || (c.partOf && !answerInNation)) continue;
      out.push({ text: c.capital, keys: [`cap:${c.capital}`, ...countryKeys(c.name)], tier: 1 + regionRank(answer.region, c.region) });
    }
  } else if (answer.type === 'org') {
    const similar = (a?: string, b?: string) =>
      a === b || (['intergovernmental', 'un-body', 'alliance'].includes(a ?? '') && ['intergovernmental', 'un-body', 'alliance'].includes(b ?? ''));
    for (const e of registry.entities.values()) {
      if (e.type === 'org' && similar(e.subtype, answer.subtype)) out.push({ text: e.name, keys: e.keys, tier: 0 });
    }
    for (const o of ORGANISATIONS) {
      if (!similar(o.subtype, answer.subtype)) continue;
      const keys = [`o:${stripArticle(o.name)}`];
      if (o.country) keys.push(...countryKeys(o.country));
      out.push({ text: o.name, keys, tier: o.subtype === answer.subtype ? 1 : 2 });
    }
  }
  return out;
}

/**
 * Up to `count` distractors for an entity answer: same type, never sharing a conflict key with
 * the answer, with each other or with anything named in the prompt, and never named in the prompt.
 */
export function entityDistractors(
  answer: Entity, answerText: string, surnameForm: boolean, ctx: Context, prompt: string,
  promptKeys: Set<string>, count = 3,
): Option[] {
  const key = `pool|${answer.type}|${answer.region}|${answer.country}|${answer.subtype}|${answer.field}|${answer.titles[0]}|${answer.name}|${surnameForm}`;
  const tiers = memo(ctx, key, () => {
    const byTier = new Map<number, Option[]>();
    for (const c of pool(answer, surnameForm, ctx)) {
      const list = byTier.get(c.tier) ?? [];
      list.push(c);
      byTier.set(c.tier, list);
    }
    // Sorted so the result does not depend on insertion order.
    return [...byTier.entries()].sort((a, b) => a[0] - b[0]).map(([, list]) => list.sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0)));
  });
  const chosen: Option[] = [];
  const usedText = new Set([answerText.toLowerCase()]);
  const blocked = new Set([...answer.keys, ...promptKeys]);
  for (const list of tiers) {
    for (const c of fromRandomOffset(list, ctx.random)) {
      if (chosen.length >= count) break;
      const lower = c.text.toLowerCase();
      if (usedText.has(lower) || sharesKey(c.keys, blocked)) continue;
      if (mentions(prompt, c.text)) continue;
      // A distractor that contains the answer or is contained in it reads as a near-synonym.
      if (lower.includes(answerText.toLowerCase()) || answerText.toLowerCase().includes(lower)) continue;
      chosen.push(c);
      usedText.add(lower);
      for (const k of c.keys) blocked.add(k);
    }
    if (chosen.length >= count) break;
  }
  return chosen;
}
