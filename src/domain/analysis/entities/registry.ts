// Who and what one briefing names, so an alias met in one statement resolves in the next.

import { FAMILY_NAME_FIRST } from '../../facts/family-names';
import { PEOPLE } from '../../facts/people';
import { fieldOfTitle } from '../../facts/titles';
import { PREFIXED_SURNAME } from './lexicon';
import type { Entity } from './types';

export const BUILTIN_PEOPLE = new Map(PEOPLE.map((p) => [p.name, p]));
const BUILTIN_BY_FIRST_LAST = new Map<string, string[]>();
const BUILTIN_BY_SURNAME = new Map<string, { name: string; parts: string[] }[]>();
for (const p of PEOPLE) {
  const parts = p.name.split(' ');
  const firstLast = `${parts[0]} ${parts[parts.length - 1]}`;
  BUILTIN_BY_FIRST_LAST.set(firstLast, [...(BUILTIN_BY_FIRST_LAST.get(firstLast) ?? []), p.name]);
  const last = parts[parts.length - 1];
  BUILTIN_BY_SURNAME.set(last, [...(BUILTIN_BY_SURNAME.get(last) ?? []), { name: p.name, parts }]);
}
const INITIAL = /^\p{Lu}\.?$/u;

/**
 * The name among `names` that is `name` with or without middle initials ("Donald J. Trump" ↔
 * "Donald Trump"); never between two different sets of initials ("George H. W. Bush" and
 * "George W. Bush" are two people).
 */
function sameButInitials(name: string, names: readonly string[]): string | undefined {
  const parts = name.split(' ');
  if (parts.length < 2) return undefined;
  const first = parts[0];
  const last = parts[parts.length - 1];
  const middle = parts.slice(1, -1);
  if (!middle.every((w) => INITIAL.test(w))) return undefined;
  for (const other of names) {
    const o = other.split(' ');
    if (o.length < 2 || o[0] !== first || o[o.length - 1] !== last || other === name) continue;
    const oMiddle = o.slice(1, -1);
    if (!oMiddle.every((w) => INITIAL.test(w))) continue;
    // Exactly one of the two has initials.
    if ((middle.length === 0) !== (oMiddle.length === 0)) return other;
  }
  return undefined;
}

/** A registry of the entities of one briefing, so aliases resolve across statements. */
export class EntityRegistry {
  people = new Map<string, Entity>();
  /** surname or single-name alias → person id, or null when two people share it */
  personAlias = new Map<string, string | null>();
  entities = new Map<string, Entity>();
  /** "Donald Trump" → the names seen with that first and last name, initials or not */
  byFirstLast = new Map<string, string[]>();

  intern(e: Entity): Entity {
    const existing = this.entities.get(e.id);
    if (existing) return existing;
    this.entities.set(e.id, e);
    if (e.type === 'person') this.people.set(e.id, e);
    return e;
  }

  addPerson(name: string, title: string | undefined, country: string | undefined, field?: string): Entity {
    const parts = name.split(' ');
    // A single name that is the alias of someone known is that person.
    if (parts.length === 1) {
      const known = this.personAlias.get(name);
      if (known) {
        const p = this.people.get(known)!;
        // The briefing shows which part is the surname: "Mao" for Mao Ning, "Hale" for Martin Hale.
        if (p.name.includes(' ') && !BUILTIN_PEOPLE.has(p.name)) p.surname = name;
        if (title && !p.titles.includes(title)) p.titles.push(title);
        return p;
      }
    }
    // "Donald J. Trump" and "Donald Trump" are one person: the same first and last names, one of
    // them with middle initials only.
    if (parts.length >= 2) {
      const firstLast = `${parts[0]} ${parts[parts.length - 1]}`;
      const seen = this.byFirstLast.get(firstLast) ?? [];
      const variant = sameButInitials(name, seen) ?? (parts.length > 2 ? sameButInitials(name, BUILTIN_BY_FIRST_LAST.get(firstLast) ?? []) : undefined);
      if (variant && variant !== name) return this.addPerson(variant, title, country, field);
      // "Sergey Lavrov" is the built-in "Sergei Lavrov": another spelling of the same given name.
      if (!BUILTIN_PEOPLE.has(name)) {
        const first = parts[0];
        const spelling = (BUILTIN_BY_SURNAME.get(parts[parts.length - 1]) ?? []).find(
          (b) => b.parts.length === parts.length && b.parts[0] !== first && b.parts[0].length >= 4 && first.slice(0, 4) === b.parts[0].slice(0, 4),
        );
        if (spelling) return this.addPerson(spelling.name, title, country, field);
      }
    }
    const builtin = BUILTIN_PEOPLE.get(name) ?? (parts.length === 1 ? PEOPLE.find((b) => b.surname === name && b.title === title) : undefined);
    const id = `p:${name}`;
    let p = this.entities.get(id);
    if (!p) {
      // "Qin Gang", "Wang Yi": Chinese and Korean names put the family name first.
      const surname =
        builtin?.surname ?? (parts.length === 2 && FAMILY_NAME_FIRST.has(parts[0]) ? parts[0] : parts.length > 1 ? parts[parts.length - 1] : name);
      p = { id, type: 'person', name, surname, keys: [id], country: country ?? builtin?.country, titles: [] };
      this.intern(p);
      if (parts.length >= 2) {
        const firstLast = `${parts[0]} ${parts[parts.length - 1]}`;
        this.byFirstLast.set(firstLast, [...(this.byFirstLast.get(firstLast) ?? []), name]);
      }
      // "Abadi" names Haider al-Abadi too.
      const bare = PREFIXED_SURNAME.exec(surname)?.[1];
      for (const alias of new Set([surname, parts[0], parts[parts.length - 1], ...(bare ? [bare] : [])])) {
        if (alias === name || alias.length < 2) continue;
        const prev = this.personAlias.get(alias);
        if (prev === undefined) this.personAlias.set(alias, id);
        else if (prev !== id) this.personAlias.set(alias, null);
      }
      // A person first met by surname only, then in full, becomes one entity.
      const single = this.entities.get(`p:${surname}`);
      if (single && single !== p && parts.length > 1) {
        single.keys.push(id);
        p.keys.push(single.id);
      }
    }
    if (title && !p.titles.includes(title)) p.titles.push(title);
    if (!p.country && country) p.country = country;
    p.field ??= field ?? (title ? (fieldOfTitle(title) ?? undefined) : undefined) ?? builtin?.field;
    return p;
  }
}
