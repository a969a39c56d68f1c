// A class in Chromium: the teacher closes the quiz while students are mid-play, and each student
// gets a result instead of an error; the dashboard shows how each play ended, opens one student's
// answers, removes a play after asking, and explains how to keep the teacher link.
import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, seriousViolations, startServer, type Server } from './harness';

const BRIEFING = `date 2025-06-03 Mountain towns open a shared clinic
The towns of Eskdale and Harrowgate opened a shared health clinic in Eskdale on 2 June 2025.
Health officer Amara Osei said the Eskdale clinic was “the end of a two-hour drive for every check-up”.
Town treasurer Lukas Brandt said Harrowgate would pay 45 per cent of the clinic's running costs.
The Eskdale clinic will see 3,500 patients in its first year.
Nurses from the Valley Care Trust will staff the clinic four days a week.
Farmers in Harrowgate warned that “a clinic alone will not keep young families here”.
Amara Osei and Lukas Brandt will report on the clinic in January 2026.`;

const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1366, height: 768 },
];

interface BankQuestion {
  id: string;
  prompt: string;
  choices: { id: string; text: string }[];
  answerId: string;
}

let server: Server;
let browser: Browser;
let briefingId: string;
let briefingKey: string;
let bank: BankQuestion[];
const contexts: BrowserContext[] = [];

async function request(method: string, path: string, body?: unknown, token?: string) {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = (await res.json()) as any;
  if (!res.ok) throw new Error(`${path}: ${res.status} ${JSON.stringify(data)}`);
  return data;
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const created = await request('POST', '/api/briefings', { text: BRIEFING });
  briefingId = created.briefing.id;
  briefingKey = created.teacherKey;
  bank = (await request('GET', `/api/briefings/${briefingId}/questions`, undefined, briefingKey)).questions;
});

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => {});
  await browser?.close();
  await server?.stop();
});

async function newPage(viewport: { width: number; height: number }) {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  contexts.push(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { page, errors };
}

async function expectAccessible(page: Page, where: string) {
  const violations = await seriousViolations(page);
  expect(violations.map((v) => `${where}: ${v.id} ${v.help} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const rightText = (q: BankQuestion) => q.choices.find((c) => c.id === q.answerId)!.text;

/** The choice button whose text is exactly `text`. */
function choice(page: Page, text: string) {
  const exact = new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  return page.locator('#choices button', { has: page.locator('.choice-text', { hasText: exact }) });
}

async function join(page: Page, code: string, name: string) {
  await page.goto(`${server.url}/q/${code}`);
  await page.locator('#name').fill(name);
  await page.locator('#start').click();
  await page
    .locator('#question-view')
    .waitFor({ timeout: 20_000 })
    .catch(async (e) => {
      throw new Error(`${e.message}\nname error: ${await page.textContent('#name-error')}\nfatal: ${await page.textContent('#fatal-text')}`);
    });
}

describe.each(VIEWPORTS)('a class at $width×$height', (viewport) => {
  it('closing mid-play gives every student a result; the dashboard shows states, one student’s answers, and removes a play', async () => {
    const tag = viewport.width < 600 ? 'Phone' : 'Laptop';
    const [q1, q2, q3] = bank;
    const created = await request(
      'POST',
      '/api/quizzes',
      { briefingIds: [briefingId], questionIds: [q1.id, q2.id, q3.id], timeLimitSec: 120, shuffleQuestions: false },
      briefingKey,
    );
    const code = created.quiz.code as string;

    // Two students: Iris answers the first question and reads its feedback; Omar looks at it.
    const iris = await newPage(viewport);
    await join(iris.page, code, `Iris ${tag}`);
    await choice(iris.page, rightText(q1)).click();
    await iris.page.locator('#feedback').waitFor();
    const omar = await newPage(viewport);
    await join(omar.page, code, `Omar ${tag}`);

    // The teacher opens the dashboard from the teacher link.
    const teacher = await newPage(viewport);
    const dash = teacher.page;
    await dash.goto(`${server.url}${created.links.teacher}`);
    const irisRow = dash.locator('#players tr', { hasText: `Iris ${tag}` });
    await expect.poll(() => irisRow.textContent(), { timeout: 15_000 }).toContain('playing · 1/3');
    // The key is out of the address bar, and the page says how to keep the link.
    expect(new URL(dash.url()).hash).toBe('');
    expect(await dash.locator('#keep').getAttribute('open')).not.toBeNull();
    expect(await dash.locator('#teacher-link').getAttribute('href')).toBe(`${server.url}${created.links.teacher}`);
    await expectAccessible(dash, 'dashboard: keep the link');
    await screenshot(dash, `end-dash-1-keep-${tag}`);

    // Closing asks first; cancelling keeps the quiz open.
    await dash.getByRole('button', { name: 'Close the quiz' }).click();
    await dash.locator('#confirm').waitFor();
    expect(await dash.locator('#confirm-title').textContent()).toBe('Close the quiz?');
    await expectAccessible(dash, 'dashboard: confirm close');
    await screenshot(dash, `end-dash-2-confirm-${tag}`);
    await dash.keyboard.press('Escape');
    await dash.locator('#confirm').waitFor({ state: 'hidden' });
    expect(await dash.locator('#quiz-state').textContent()).toBe('Open');
    await dash.getByRole('button', { name: 'Close the quiz' }).click();
    await dash.locator('#confirm-ok').click();
    await expect.poll(() => dash.locator('#quiz-state').textContent()).toBe('Closed');
    await expect.poll(() => irisRow.textContent()).toContain('stopped at close · 1/3');
    const omarRow = dash.locator('#players tr', { hasText: `Omar ${tag}` });
    expect(await omarRow.textContent()).toContain('stopped at close · 0/3');

    // Iris asks for the next question and gets her result; Omar answers and gets his.
    await iris.page.locator('#next').click();
    await iris.page.locator('#end-view').waitFor();
    expect(await iris.page.textContent('#end-note')).toBe('The quiz closed while you played: your 1 answer count.');
    expect(await iris.page.textContent('#end-correct')).toBe('1 / 3');
    await expect.poll(() => iris.page.textContent('#end-rank')).toMatch(/^1st/);
    expect(await iris.page.locator('#review > li').count()).toBe(1);
    await screenshot(iris.page, `end-play-stopped-${tag}`);
    await choice(omar.page, rightText(q1)).click();
    await omar.page.locator('#end-view').waitFor();
    expect(await omar.page.textContent('#end-note')).toBe('The quiz closed while you played: your 0 answers count.');
    await expect.poll(() => omar.page.textContent('#end-rank')).toMatch(/^2nd/);
    expect(await omar.page.locator('#answer-error').isHidden()).toBe(true);

    // Both are on the leaderboard, marked as stopped at close.
    await iris.page.click('#end-leaderboard');
    await iris.page.locator('#rows tr').nth(1).waitFor();
    const rows = await iris.page.locator('#rows tr').allTextContents();
    expect(rows[0]).toContain(`Iris ${tag}`);
    expect(rows[0]).toContain('stopped at close');
    expect(rows[1]).toContain(`Omar ${tag}`);

    // One student's answers: the question, their choice, the right answer, points and time.
    await irisRow.getByRole('button', { name: `Iris ${tag}` }).click();
    const student = dash.locator('#student');
    await expect.poll(() => dash.locator('#student-title').textContent()).toBe(`Iris ${tag}`);
    expect(await dash.locator('#student-summary').textContent()).toContain('stopped at close');
    const items = dash.locator('#student-answers > li');
    expect(await items.count()).toBe(3);
    const first = (await items.nth(0).textContent()) ?? '';
    expect(first).toContain(q1.prompt);
    expect(first).toContain(`✓ Right · their answer: ${rightText(q1)}`);
    expect(first).toMatch(/\d[\d,]* points · \d+\.\d s/);
    expect(await items.nth(1).textContent()).toContain(`Not reached · right answer: ${rightText(q2)}`);
    await expectAccessible(dash, 'dashboard: a student');
    await screenshot(dash, `end-dash-3-student-${tag}`);
    await dash.locator('#student-close').click();
    await student.waitFor({ state: 'hidden' });

    // Removing Omar's play asks first, then takes it from the table and the leaderboard.
    await omarRow.getByRole('button', { name: `Omar ${tag}` }).click();
    await expect.poll(() => dash.locator('#student-title').textContent()).toBe(`Omar ${tag}`);
    await dash.locator('#student-remove').click();
    await expect.poll(() => dash.locator('#confirm-title').textContent()).toBe(`Remove Omar ${tag}’s play?`);
    await dash.locator('#confirm-ok').click();
    await student.waitFor({ state: 'hidden' });
    await expect.poll(() => dash.locator('#players').textContent()).not.toContain(`Omar ${tag}`);
    expect(await dash.locator('#players tr').count()).toBe(1);
    const board = await request('GET', `/api/quizzes/${code}/leaderboard`);
    expect(board.entries.map((e: any) => e.name)).toEqual([`Iris ${tag}`]);
    await expectAccessible(dash, 'dashboard: closed');
    await screenshot(dash, `end-dash-4-closed-${tag}`);

    // Every answer as CSV: Iris's one answer, and the two questions she never reached.
    const [download] = await Promise.all([dash.waitForEvent('download'), dash.click('#download-answers')]);
    expect(download.suggestedFilename()).toBe(`debrief-${code}-answers.csv`);
    const csv = (await readFile((await download.path())!, 'utf8'))
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(csv).toHaveLength(4);
    expect(csv[0]).toBe('name,play,state,question,prompt,choice,correct_answer,correct,points,seconds');
    expect(csv[1]).toContain(`Iris ${tag}`);
    expect(csv[1]).toContain(',stopped,1,');
    for (const row of csv.slice(2)) expect(row).toMatch(/,not reached,,$/);

    // A bookmark of the dashboard (no key in it) opens it again in this browser.
    await dash.goto(`${server.url}/t/${code}`);
    await expect.poll(() => dash.locator('#players').textContent(), { timeout: 15_000 }).toContain(`Iris ${tag}`);
    expect(await dash.locator('#keep').getAttribute('open')).toBeNull();

    expect([...iris.errors, ...omar.errors, ...teacher.errors]).toEqual([]);
  });
});
