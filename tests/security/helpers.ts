// Shared by the security tests: raw requests, row counts of every table, a quiz ready to play.
import { env } from 'cloudflare:test';
import { expect } from 'vitest';
import { ORIGIN, SAMPLE_BRIEFING, answerKey, auth, bankQuestionOf, call, createQuiz, raw } from '../api/helpers';

export { ORIGIN, SAMPLE_BRIEFING, auth, call, raw };
export type { Res } from '../api/helpers';

let ipCounter = 0;
/** A fresh client address each call, so tests that are not about rate limits never meet one. */
export function freshIp(): string {
  ipCounter++;
  return `10.${(ipCounter >> 16) & 255}.${(ipCounter >> 8) & 255}.${ipCounter & 255}`;
}
export const fromFreshIp = (headers: Record<string, string> = {}) => ({ 'cf-connecting-ip': freshIp(), ...headers });

/** Every application table and its row count, read straight from D1. */
export async function rowCounts(): Promise<Record<string, number>> {
  const tables = await env.DB.prepare(
    "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '_cf_%' and name not like 'd1_%' order by name",
  ).all<{ name: string }>();
  const out: Record<string, number> = {};
  for (const { name } of tables.results) {
    const r = await env.DB.prepare(`select count(*) as n from "${name}"`).first<{ n: number }>();
    out[name] = r?.n ?? -1;
  }
  return out;
}

export async function playRow(id: string) {
  return env.DB.prepare('select * from plays where id = ?').bind(id).first<Record<string, unknown>>();
}

export async function quizRow(code: string) {
  return env.DB.prepare('select * from quizzes where code = ?').bind(code).first<Record<string, unknown>>();
}

export interface Fixture {
  briefingId: string;
  briefingKey: string;
  bank: any[];
}

let fixture: Promise<Fixture> | null = null;

/** One briefing of our own per test file, with its answer key read through the teacher's route. */
export function briefingFixture(): Promise<Fixture> {
  fixture ??= (async () => {
    const res = await call('POST', '/api/briefings', { text: SAMPLE_BRIEFING, title: 'River treaty' }, fromFreshIp());
    expect(res.status, res.text).toBe(201);
    const bank = await answerKey(res.json.briefing.id, res.json.teacherKey);
    return { briefingId: res.json.briefing.id, briefingKey: res.json.teacherKey, bank };
  })();
  return fixture;
}

export async function newQuiz(extra: Record<string, unknown> = {}) {
  const f = await briefingFixture();
  return createQuiz([f.briefingId], { questionCount: 5, timeLimitSec: 30, ...extra }, f.briefingKey);
}

export async function join(code: string, name: string) {
  const res = await call('POST', `/api/quizzes/${code}/plays`, { name }, fromFreshIp());
  expect(res.status, res.text).toBe(201);
  return { play: res.json.play, token: res.json.playToken as string, question: res.json.question, json: res.json };
}

/**
 * The correct choice id of a question as this player sees it: the teacher's bank names the right
 * text, and the player's own ids are looked up by that text (ids differ for every play).
 */
export async function correctChoice(question: { prompt: string; choices: { id: string; text: string }[] }): Promise<string> {
  const { bank } = await briefingFixture();
  const q = bankQuestionOf(bank, question);
  const text = q.choices.find((c: { id: string }) => c.id === q.answerId).text;
  return question.choices.find((c) => c.text === text)!.id;
}

export async function wrongChoice(question: { prompt: string; choices: { id: string; text: string }[] }): Promise<string> {
  const right = await correctChoice(question);
  return question.choices.find((c) => c.id !== right)!.id;
}

export function answer(playId: string, token: string, body: unknown, headers: Record<string, string> = {}) {
  return call('POST', `/api/plays/${playId}/answers`, body, { ...auth(token), ...headers });
}

/** Keys that must never reach a player before that player answered the question. */
export const SECRET_KEYS = [
  'answerId',
  'answer',
  'correct',
  'correctChoiceId',
  'explanation',
  'source',
  'sourceText',
  'statementId',
  'teacherKey',
  'teacherKeyHash',
  'tokenHash',
];

export function secretKeysIn(value: unknown, path = '$'): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => secretKeysIn(v, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => [...(SECRET_KEYS.includes(k) ? [`${path}.${k}`] : []), ...secretKeysIn(v, `${path}.${k}`)]);
  }
  return [];
}

/** Runs requests a few dozen at a time: all in flight at once would only measure the test runner. */
export async function inChunks<T, R>(items: T[], size: number, fn: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size) {
    out.push(...(await Promise.all(items.slice(i, i + size).map((it, j) => fn(it, i + j)))));
  }
  return out;
}
