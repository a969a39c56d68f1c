// The migrations that add foreign keys rebuild tables (SQLite cannot add a key to a table in
// place): a database with rows in every table comes through them with every row, and the keys
// hold afterwards. Run on a database of its own, migrated up to before the keys, then filled.
import { applyD1Migrations, env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';

declare global {
  namespace Cloudflare {
    interface Env {
      /** an empty database of this test's own (vitest.config.ts) */
      MIGRATION_DB: D1Database;
    }
  }
}

/** The last migration written before the tables had foreign keys. */
const BEFORE_KEYS = '0004_wet_the_stranger.sql';

const TABLES = ['briefings', 'statements', 'questions', 'quizzes', 'quiz_briefings', 'quiz_questions', 'plays', 'answers', 'roster_seats'];

async function dump(db: D1Database) {
  const out: Record<string, unknown[]> = {};
  for (const t of TABLES) out[t] = (await db.prepare(`select * from ${t} order by 1, 2`).all()).results;
  return out;
}

const choices = JSON.stringify([
  { id: 'a', text: 'Ottawa' },
  { id: 'b', text: 'Lima' },
]);

/** Two briefings, one deleted after a quiz was made from it, plays with answers, a class list. */
async function fill(db: D1Database) {
  const at = '2026-01-01T00:00:00.000Z';
  const q = (sql: string, ...args: unknown[]) => db.prepare(sql).bind(...args);
  await db.batch([
    q(
      `insert into briefings (id, title, date, summary, statement_count, question_count, listed, approved, teacher_key_hash, facts, public_quiz_code, generator_version, created_at)
       values ('b1', 'Treaty', '2025-03-14', 'A treaty.', 1, 1, 1, 1, 'h', '{}', 'QUIZAA', 'g1', ?)`,
      at,
    ),
    q(`insert into statements (id, briefing_id, idx, text) values ('b1-s1', 'b1', 0, 'They met in Ottawa.')`),
    q(
      `insert into questions (id, briefing_id, idx, statement_id, kind, prompt, choices, answer_id, explanation, difficulty, generator_version)
       values ('b1-q1', 'b1', 0, 'b1-s1', 'cloze', 'They met in ___.', ?, 'a', 'Ottawa.', 0.5, 'g1')`,
      choices,
    ),
    ...['QUIZAA', 'QUIZBB'].map((code, i) =>
      q(
        `insert into quizzes (code, title, briefing_ids, question_count, time_limit_sec, mode, scoring, briefing_first, closed, answers_released, closes_at, teacher_key_hash, play_count, finished_count, player_cap, leaderboard_briefing_id, roster_size, created_at)
         values (?, 'Quiz', ?, 1, 20, ?, 'speed', 0, 0, 0, null, 'h', 2, 1, 500, 'b1', ?, ?)`,
        code,
        i ? '["b1","gone"]' : '["b1"]',
        i ? 'assessed' : 'practice',
        i,
        at,
      ),
    ),
    // A link to a briefing the operator has since deleted: the quiz keeps its record of it.
    q(`insert into quiz_briefings (quiz_code, briefing_id) values ('QUIZAA', 'b1'), ('QUIZBB', 'b1'), ('QUIZBB', 'gone')`),
    ...['QUIZAA', 'QUIZBB'].map((code) =>
      q(
        `insert into quiz_questions (id, quiz_code, position, kind, prompt, choices, answer_id, explanation, briefing_id, statement_id, source_text)
         values (?, ?, 0, 'cloze', 'They met in ___.', ?, 'a', 'Ottawa.', 'b1', 'b1-s1', 'They met in Ottawa.')`,
        `${code}-1`,
        code,
        choices,
      ),
    ),
    ...[1, 2, 3].map((n) =>
      q(
        `insert into plays (id, quiz_code, name, name_key, token_hash, score, correct_count, answered_count, question_count, streak, position, served_at, started_at, finished_at, duration_ms)
         values (?, ?, ?, ?, 'h', ?, ?, ?, 1, 0, ?, 0, ?, ?, ?)`,
        `p${n}`,
        n === 3 ? 'QUIZBB' : 'QUIZAA',
        `Player ${n}`,
        `player ${n}#p${n}`,
        n * 100,
        n === 1 ? 0 : 1,
        n === 2 ? 0 : 1,
        n === 2 ? 0 : 1,
        at,
        n === 2 ? null : at,
        n === 2 ? null : 5000,
      ),
    ),
    q(
      `insert into answers (play_id, position, question_id, choice_id, correct, points, elapsed_ms, created_at) values ('p1', 0, 'QUIZAA-1', 'b', 0, 0, 4000, ?), ('p3', 0, 'QUIZBB-1', null, 0, 0, 20000, ?)`,
      at,
      at,
    ),
    q(`insert into roster_seats (id, quiz_code, name, token_hash) values ('r1', 'QUIZBB', 'Player 3', 'h3')`),
  ]);
}

describe('the foreign-key migrations', () => {
  it('keep every row of a database that has data, and the keys hold after them', async () => {
    const db = env.MIGRATION_DB;
    const all = env.TEST_MIGRATIONS;
    const upTo = all.findIndex((m) => m.name === BEFORE_KEYS);
    expect(upTo, `${BEFORE_KEYS} is a migration`).toBeGreaterThanOrEqual(0);
    expect(all.length, 'migrations after it').toBeGreaterThan(upTo + 1);
    await applyD1Migrations(db, all.slice(0, upTo + 1));
    await fill(db);
    const before = await dump(db);
    expect(Object.values(before).every((rows) => rows.length > 0)).toBe(true);

    await applyD1Migrations(db, all);
    const after = await dump(db);
    // Every row keeps what it had; columns added since hold their defaults.
    const kept = Object.fromEntries(
      Object.entries(after).map(([t, rows]) => [t, rows.map((r: any) => Object.fromEntries(Object.keys(before[t][0] as object).map((k) => [k, r[k]])))]),
    );
    expect(kept).toEqual(before);
    expect(after.quizzes.map((r: any) => r.shuffle_questions)).toEqual([0, 0]);
    expect(after.plays.map((r: any) => [r.question_order, r.answered_at, r.ended_by])).toEqual([
      [null, null, null],
      [null, null, null],
      [null, null, null],
    ]);
    expect((await db.prepare('pragma foreign_key_check').all()).results).toEqual([]);
    const keys = async (t: string) => (await db.prepare(`pragma foreign_key_list(${t})`).all<{ table: string }>()).results.map((k) => k.table);
    expect(await keys('answers')).toEqual(['plays']);
    expect(await keys('plays')).toEqual(['quizzes']);
    expect((await keys('questions')).sort()).toEqual(['briefings', 'statements']);
    const rankIndex = await db.prepare("select sql from sqlite_master where name = 'plays_quiz_rank'").first<{ sql: string }>();
    expect(rankIndex?.sql).toMatch(/"score" desc,\s*"correct_count" desc/);

    // Rows that belong to no row are refused now, and removing a play takes its answers along.
    await expect(
      db
        .prepare(
          `insert into answers (play_id, position, question_id, choice_id, correct, points, elapsed_ms, created_at) values ('nobody', 0, 'x', null, 0, 0, 0, 'x')`,
        )
        .run(),
    ).rejects.toThrow(/FOREIGN KEY/);
    await db.prepare(`delete from plays where id = 'p1'`).run();
    expect((await db.prepare(`select count(*) as n from answers where play_id = 'p1'`).first<{ n: number }>())?.n).toBe(0);
  });
});
