// 4. Home-page quizzes recycle. Before: the 500-player cap of a briefing's home-page quiz never
// reset and nobody held its key, so one address filled it for good (in 245 s). Now a join to a
// full home-page quiz starts a fresh one of the same briefing and plays there; a teacher's own
// quiz stays full at its cap (its teacher decides).
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { call, fromFreshIp, newQuiz } from './helpers';

const SHIPPED = 'xi-trump-taiwan-call-2026';

async function publicCode(): Promise<string> {
  const res = await call('GET', `/api/briefings/${SHIPPED}`);
  return res.json.briefing.publicQuizCode;
}

describe('a full home-page quiz', () => {
  it('gives way to a fresh one of the same briefing, and the player plays there', async () => {
    const first = await publicCode();
    await env.DB.prepare('update quizzes set player_cap = 3 where code = ?').bind(first).run();
    for (let i = 0; i < 3; i++) expect((await call('POST', `/api/quizzes/${first}/plays`, { name: `Bot ${i}` }, fromFreshIp())).status).toBe(201);
    const res = await call('POST', `/api/quizzes/${first}/plays`, { name: 'Real pupil' }, fromFreshIp());
    expect(res.status, res.text).toBe(201);
    const second = res.json.play.quizCode;
    expect(second).not.toBe(first);
    expect(await publicCode()).toBe(second);
    expect(res.json.question.choices.length).toBeGreaterThan(1);
    const fresh = (await call('GET', `/api/quizzes/${second}`)).json.quiz;
    expect(fresh).toMatchObject({ briefingIds: [SHIPPED], mode: 'practice', playCount: 1, closed: false });
    // The old one keeps its plays and its leaderboard.
    expect((await call('GET', `/api/quizzes/${first}`)).json.quiz.playCount).toBe(3);
    // Both count on the briefing's leaderboard: both hold its own questions, unedited.
    const rows = await env.DB.prepare('select leaderboard_briefing_id as b from quizzes where code in (?, ?)').bind(first, second).all<{ b: string }>();
    expect(rows.results.map((r) => r.b)).toEqual([SHIPPED, SHIPPED]);
  });

  it("but a teacher's quiz at its cap stays full", async () => {
    const { quiz } = await newQuiz();
    await env.DB.prepare('update quizzes set player_cap = 1 where code = ?').bind(quiz.code).run();
    expect((await call('POST', `/api/quizzes/${quiz.code}/plays`, { name: 'One' }, fromFreshIp())).status).toBe(201);
    const full = await call('POST', `/api/quizzes/${quiz.code}/plays`, { name: 'Two' }, fromFreshIp());
    expect(full.status).toBe(409);
    expect(full.json.error.code).toBe('conflict');
  });
});
