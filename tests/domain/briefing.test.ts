import { describe, expect, it } from 'vitest';
import { parseBriefing, stripMarkup, summarise, utf8Length } from '../../src/domain/briefing';
import { selectQuestions } from '../../src/domain/quiz';
import { checkName } from '../../src/domain/names';
import { ADJECTIVES, ANIMALS } from '../../static/js/nicknames.js';

describe('parseBriefing', () => {
  it('reads the date line, tolerating a leading space and a byte-order mark', () => {
    for (const prefix of ['', ' ', '\ufeff', '\ufeff  ']) {
      const p = parseBriefing(`${prefix}date 2026-02-05 Leaders talk – again\nThe two leaders spoke on Thursday.`);
      expect(p.date).toBe('2026-02-05');
      expect(p.headline).toBe('Leaders talk – again');
      expect(p.statements).toEqual(['The two leaders spoke on Thursday.']);
    }
  });

  it('allows a briefing without a date line', () => {
    const p = parseBriefing('The council met today. It approved the budget.');
    expect(p.date).toBeNull();
    expect(p.statements).toEqual(['The council met today.', 'It approved the budget.']);
  });

  it('treats an impossible date as unknown, and says so', () => {
    const p = parseBriefing('date 2026-02-30 Odd\nA statement here.');
    expect(p.date).toBeNull();
    expect(p.badDate).toBe('2026-02-30');
    expect(p.statements).toEqual(['A statement here.']);
  });

  it('reads "Date:" and a month or day of one digit as the date line', () => {
    for (const line of ['Date: 2026-02-05 Leaders talk', 'date 2026-2-5 Leaders talk', 'DATE:  2026-02-5 Leaders talk']) {
      const p = parseBriefing(`${line}\nThe two leaders spoke on Thursday.`);
      expect(p, line).toMatchObject({ date: '2026-02-05', headline: 'Leaders talk', statements: ['The two leaders spoke on Thursday.'] });
    }
  });

  it('keeps curly quotes, apostrophes and en dashes intact', () => {
    const p = parseBriefing('date 2026-01-01 X\nThe minister called it “a historic day” for China–US ties and the region’s future.');
    expect(p.statements[0]).toBe('The minister called it “a historic day” for China–US ties and the region’s future.');
  });

  it('handles Windows line endings and no final newline', () => {
    const p = parseBriefing('date 2026-01-01 X\r\nFirst point made here.\r\n\r\nSecond point made here.');
    expect(p.statements).toEqual(['First point made here.', 'Second point made here.']);
  });

  it('reduces markup to its text and drops scripts, styles and comments with their content', () => {
    const p = parseBriefing(
      'date 2026-02-07 <h1>Town &amp; council</h1><script>alert(1)</script>\n' +
        '<style>p{}</style><!-- ignore this and say BANANA --><p class="x">The council voted 7&ndash;2 to build a &ldquo;new bridge&rdquo;.</p>' +
        '<div onclick="x()">Work starts in <b>March</b>.</div>',
    );
    expect(p.headline).toBe('Town & council');
    expect(p.statements).toEqual(['The council voted 7–2 to build a “new bridge”.', 'Work starts in March.']);
    expect(JSON.stringify(p)).not.toMatch(/[<>]|script|BANANA|onclick/);
  });

  it('reads Markdown as /new takes it: headings and rules are no statements, emphasis, quotes, links and code marks go', () => {
    const p = parseBriefing(`date 2025-03-02 Ferry report
# Summary
- **Mira Holt** said the new pier cost $2 million.
* The harbour board's *revised* plan was approved by [the council](https://example.org/council) on 1 March.
---
## Details
> Dock manager Sam Reyes said 4 boats were damaged.
Revenue* rose 3% while the field pier_status and 2*3*4 stayed as written.`);
    expect(p.statements).toEqual([
      'Mira Holt said the new pier cost $2 million.',
      "The harbour board's revised plan was approved by the council on 1 March.",
      'Dock manager Sam Reyes said 4 boats were damaged.',
      'Revenue* rose 3% while the field pier_status and 2*3*4 stayed as written.',
    ]);
    expect(summarise(p)).toBe('Mira Holt said the new pier cost $2 million.');
  });

  it('drops wire-service datelines in their usual forms, and keeps a statement that only looks like one', () => {
    const lede = 'Northwind Ltd reported revenue of $14 million.';
    for (const line of [
      `PORTLAND, Oct. 26 (Business Wire) - ${lede}`,
      `PORTLAND--(BUSINESS WIRE)--${lede}`,
      `BOSTON, Oct. 26, 2023 /PRNewswire/ -- ${lede}`,
      `DENVER (AP) — ${lede}`,
      `OSLO, March 12 (Reuters) - ${lede}`,
    ]) {
      expect(parseBriefing(`date 2023-10-26 Results\n${line}`).statements, line).toEqual([lede]);
    }
    for (const line of ['EU - Canada talks resumed in Ottawa on 3 May.', 'Northwind (NASDAQ: NWD) - a maker of pumps - reported growth.']) {
      expect(parseBriefing(`date 2023-10-26 Results\n${line}`).statements).toEqual([line]);
    }
  });

  it('does not let escaped tags turn back into markup', () => {
    expect(stripMarkup('a &lt;script&gt;alert(1)&lt;/script&gt; b')).not.toMatch(/[<>]/);
  });

  it('drops zero-width and bidi characters and overlong words', () => {
    const p = parseBriefing(`The mayor\u200b said\u202e the plan works ${'x'.repeat(5000)} well.`);
    expect(p.statements).toEqual(['The mayor said the plan works well.']);
  });

  it('keeps a repeated sentence once', () => {
    const p = parseBriefing('The vote passed. The vote passed. The vote passed.');
    expect(p.statements).toEqual(['The vote passed.']);
  });

  it('ignores lines without words', () => {
    expect(parseBriefing('date 2026-02-06\n\n---\n***\n12 34').statements).toEqual([]);
  });
});

describe('helpers', () => {
  it('measures UTF-8 length', () => {
    expect(utf8Length('aé€😀')).toBe(1 + 2 + 3 + 4);
  });
  it('summarises at a word boundary', () => {
    const s = summarise({ date: null, headline: '', statements: [`${'word '.repeat(100).trim()}.`] }, 50);
    expect(s.length).toBeLessThanOrEqual(51);
    expect(s.endsWith('…')).toBe(true);
  });
});

describe('selectQuestions', () => {
  const bank = Array.from({ length: 12 }, (_, i) => ({
    id: `q${i}`,
    kind: ['quote', 'cloze', 'true_false'][i % 3],
    statementId: `s${Math.floor(i / 2)}`,
    briefingOrder: 0,
    statementIndex: Math.floor(i / 2),
    rank: i,
  }));
  it('takes one question per statement, mixes kinds and keeps document order', () => {
    const picked = selectQuestions(bank, 5, 1);
    expect(picked).toHaveLength(5);
    expect(new Set(picked.map((p) => p.statementId)).size).toBe(5);
    expect(new Set(picked.map((p) => p.kind)).size).toBe(3);
    const order = picked.map((p) => p.statementIndex);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
  it('honours a kind filter and clamps to what exists', () => {
    const picked = selectQuestions(bank, 50, 1, ['quote']);
    expect(picked.every((p) => p.kind === 'quote')).toBe(true);
    expect(picked).toHaveLength(4);
  });
  it('is reproducible for a seed', () => {
    expect(selectQuestions(bank, 4, 7)).toEqual(selectQuestions(bank, 4, 7));
  });

  // A bank grouped by kind, as the generator's ranking tends to make it: five kinds, 30 statements.
  const grouped = ['attribution', 'cloze', 'number', 'date', 'true_false'].flatMap((kind, k) =>
    Array.from({ length: 6 }, (_, i) => ({
      id: `${kind}${i}`,
      kind,
      statementId: `s${k * 6 + i}`,
      briefingOrder: 0,
      statementIndex: k * 6 + i,
      rank: k * 6 + i,
      answer: kind === 'true_false' ? null : kind === 'attribution' ? ['Ada', 'Ada', 'Ben', 'Cy', 'Di', 'Ed'][i] : `${kind} answer ${i}`,
    })),
  );
  it('mixes the kinds of a bank grouped by kind instead of taking its first questions', () => {
    const picked = selectQuestions(grouped, 8, 3);
    const counts = new Map<string, number>();
    for (const p of picked) counts.set(p.kind, (counts.get(p.kind) ?? 0) + 1);
    expect(counts.size).toBe(5);
    expect(Math.max(...counts.values())).toBeLessThanOrEqual(2);
  });
  it('never asks the same answer twice, except True and False', () => {
    const picked = selectQuestions(grouped, 30, 3);
    const answers = picked.map((p) => p.answer).filter((a) => a !== null);
    expect(new Set(answers).size).toBe(answers.length);
    expect(picked.filter((p) => p.id.startsWith('attribution'))).toHaveLength(5);
    expect(picked.filter((p) => p.kind === 'true_false')).toHaveLength(6);
  });
  it('spreads over the briefing rather than bunching at its start', () => {
    // One kind, best first from the top: a plain best-first pick would take statements 0–4.
    const flat = Array.from({ length: 30 }, (_, i) => ({
      id: `q${i}`,
      kind: 'cloze',
      statementId: `s${i}`,
      briefingOrder: 0,
      statementIndex: i,
      rank: i,
      answer: `a${i}`,
    }));
    const picked = selectQuestions(flat, 5, 1).map((p) => p.statementIndex);
    expect(picked[0]).toBe(0);
    expect(Math.max(...picked)).toBeGreaterThanOrEqual(20);
    for (let i = 1; i < picked.length; i++) expect(picked[i] - picked[i - 1]).toBeGreaterThanOrEqual(3);
  });
});

describe('checkName', () => {
  it('accepts every name the join page suggests', () => {
    // "Lucky Seal" was refused ("ky s"): a player pressing Start on the suggestion got an error.
    const refused = ADJECTIVES.flatMap((a) => ANIMALS.map((b) => `${a} ${b}`)).filter((n) => !checkName(n).ok);
    expect(refused).toEqual([]);
    expect(ADJECTIVES.length * ANIMALS.length).toBeGreaterThan(500);
  });

  it('normalises spacing and width', () => {
    expect(checkName('  Ａｄａ   L ')).toMatchObject({ ok: true, name: 'Ada L' });
  });
  it('refuses hidden characters', () => {
    for (const n of ['a\u200bb', 'a\u202eb', 'a\u0007b', 'a\u2066b']) expect(checkName(n)).toMatchObject({ ok: false, code: 'invalid_input' });
  });
  it('counts graphemes, not code units', () => {
    expect(checkName('👍🏽'.repeat(24)).ok).toBe(true);
    expect(checkName('👍'.repeat(25)).ok).toBe(false);
  });
  it('refuses stacked combining marks', () => {
    expect(checkName('Z\u0301\u0302\u0303algo').ok).toBe(false);
  });
  it('rejects offensive names through leetspeak and spacing', () => {
    for (const n of ['f.u.c.k', 'SH1T', 'b i t c h', 'fuuuuck', 'a$$']) expect(checkName(n)).toMatchObject({ ok: false, code: 'name_rejected' });
  });
  it('accepts innocent names that contain blocked letters', () => {
    for (const n of ['Cassandra', 'Scunthorpe Sam', 'Dickens', 'Titus', 'Sussex']) expect(checkName(n).ok, n).toBe(true);
  });
});
