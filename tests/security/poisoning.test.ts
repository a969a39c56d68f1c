// 6. Library poisoning. Before: people, places and organisations named in any listed briefing
// became wrong options in everyone's later banks, so anyone could plant joke names in a
// stranger's private quiz and its exports. Now only trusted briefings (shipped, or approved by
// the operator) lend options.
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { getLibraryFacts } from '../../src/services/library';
import { createDb } from '../../src/db/client';
import { auth, call, fromFreshIp } from './helpers';

const PLANTED = ['Seymour Butts', 'Hugh Jass', 'Ben Dover', 'Phil McCracken', 'Mike Oxlong', 'Amanda Hugginkiss'];

const POISON = `date 2026-01-10 Council members trade words at a budget meeting
${PLANTED.map((n, i) => `Council member ${n} said the Ardmore city budget for 2026 was "${['a disgrace', 'a triumph', 'too small', 'too late', 'a good start', 'a joke'][i]}" on 9 January 2026.`).join('\n')}
Ardmore city council will vote again on its 2026 budget in February 2026.`;

/** An unrelated private briefing that names few people of its own, so it borrows wrong options. */
const VICTIM = `date 2026-01-20 Regional health board opens a new clinic
Health Minister Joanna Pritchard opened the new Riverside clinic in Leeds on Monday.
Pritchard said the clinic would "shorten waiting lists for thousands of families".
The clinic cost 12 million pounds and employs 85 staff.
Board chair Samuel Okafor said the clinic would open seven days a week from March.
Okafor said the board planned two more clinics by 2028.`;

describe('wrong options borrowed from other briefings', () => {
  it('never come from a briefing anyone listed without approval (asking for it in the body does nothing)', async () => {
    for (let i = 0; i < 3; i++) {
      const res = await call(
        'POST',
        '/api/briefings',
        { text: POISON.replace('9 January', ['6 January', '7 January', '8 January'][i]), listed: true, approved: true },
        fromFreshIp(),
      );
      expect(res.status, res.text).toBe(201);
    }
    const victim = await call('POST', '/api/briefings', { text: VICTIM }, fromFreshIp());
    expect(victim.status, victim.text).toBe(201);
    const bank = await call('GET', `/api/briefings/${victim.json.briefing.id}/questions`, undefined, auth(victim.json.teacherKey));
    expect(bank.status).toBe(200);
    const text = JSON.stringify(bank.json.questions);
    expect(bank.json.questions.length).toBeGreaterThan(0);
    for (const name of PLANTED) expect(text, name).not.toContain(name.split(' ')[1]);
    // Wrong options name only the victim's own people, whatever the library holds.
    for (const q of bank.json.questions.filter((x: any) => x.kind === 'attribution' || x.kind === 'cloze')) {
      for (const c of q.choices) expect(VICTIM, c.text).toContain(c.text);
    }
  });
});

describe('the library', () => {
  it('holds the shipped briefings, and a listed one only once approved', async () => {
    await call('GET', '/api/briefings'); // seeds the shipped briefings
    const db = createDb(env.DB);
    const facts = (await getLibraryFacts(db)).join('\n');
    expect(facts).toContain('Xi Jinping');
    expect(facts).not.toContain('Butts');
    await env.DB.prepare("update briefings set approved = 1 where facts like '%Seymour Butts%'").run();
    expect((await getLibraryFacts(db)).join('\n')).toContain('Seymour Butts');
  });
});
