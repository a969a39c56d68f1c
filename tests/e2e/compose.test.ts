// Composing a quiz on /new as a teacher would (the default mix, reordering by keyboard and by
// drag and drop, an explanation of their own, one order for all), keeping its link in "Your
// quizzes", and the player's side of it: the source once, "Checking…" at once, an end title and
// a celebration that fit the result, a phone leaderboard that fits, the icon on every page.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, seriousViolations, startServer, type Server } from './harness';

const BRIEFING = `date 2025-10-02 Valley towns open a shared rail link
The councils of Brackwater and Ellsmoor opened a shared rail link between the two towns on 1 October 2025.
Council leader Hana Petrov said the Brackwater rail link was “the best money the valley has spent in fifty years”.
Council leader Samuel Adeyemi said Ellsmoor would pay 45 per cent of the running costs of the Brackwater rail link.
The Brackwater rail link will carry passengers between 6 stations and 2 depots every day.
Engineers from the Western Rail Trust will maintain the tracks of the Brackwater rail link.
Cycling groups in Ellsmoor warned that “a train alone will not empty the roads”.
Hana Petrov and Samuel Adeyemi will publish the first passenger figures in March 2026.`;

const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1366, height: 768 };

let server: Server;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => {});
  await browser?.close();
  await server?.stop();
});

async function newContext(options: Parameters<Browser['newContext']>[0] = {}) {
  const context = await browser.newContext(options);
  contexts.push(context);
  return context;
}

/** A page that records uncaught errors and every response that was not found. */
async function watched(context: BrowserContext) {
  const page = await context.newPage();
  const errors: string[] = [];
  const missing: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('response', (r) => {
    if (r.status() === 404) missing.push(r.url());
  });
  return { page, errors, missing };
}

async function expectAccessible(page: Page, where: string) {
  const violations = await seriousViolations(page);
  expect(violations.map((v) => `${where}: ${v.id} ${v.help} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const focusedId = (page: Page) => page.evaluate<string>("document.activeElement?.id ?? ''");
const listOrder = (page: Page) => page.locator('#bank > li').evaluateAll((lis) => lis.map((li: any) => li.dataset.id ?? ''));

async function post(path: string, body: unknown, key?: string) {
  const res = await fetch(server.url + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify(body),
  });
  expect(res.status, path).toBe(201);
  return (await res.json()) as any;
}

/** A briefing made through the API, with its bank and the key to its answers. */
async function briefingWithBank(text: string) {
  const made = await post('/api/briefings', { text });
  const res = await fetch(`${server.url}/api/briefings/${made.briefing.id}/questions`, { headers: { authorization: `Bearer ${made.teacherKey}` } });
  return { id: made.briefing.id as string, key: made.teacherKey as string, bank: ((await res.json()) as any).questions as any[] };
}

/** Plays a quiz in the page, answering right where `right(prompt)` says so; returns the prompts met. */
async function play(page: Page, code: string, name: string, pick: (prompt: string, choices: string[]) => string) {
  await page.goto(`${server.url}/q/${code}`);
  await page.locator('#name').fill(name);
  await page.locator('#start').click();
  const prompts: string[] = [];
  for (;;) {
    await expect.poll(() => page.locator('#choices button').first().isEnabled(), { timeout: 15_000 }).toBe(true);
    const prompt = (await page.textContent('#prompt')) ?? '';
    prompts.push(prompt);
    const texts = await page.locator('#choices .choice-text').allTextContents();
    await page
      .locator('#choices button')
      .nth(texts.indexOf(pick(prompt, texts)))
      .click();
    await page.locator('#feedback').waitFor();
    const last = (await page.textContent('#next'))?.includes('results');
    await page.click('#next');
    if (last) break;
    await expect.poll(() => page.locator('#feedback').isHidden(), { timeout: 15_000 }).toBe(true);
  }
  await page.locator('#end-view').waitFor();
  return prompts;
}

describe.each([PHONE, LAPTOP])('a teacher composing a quiz at $width×$height', (viewport) => {
  it('gets the default mix ticked, reorders by keyboard (and drag), writes an explanation, keeps one order, and players meet it so', async () => {
    const tag = `${viewport.width}`;
    const context = await newContext({ viewport });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    const { page, errors, missing } = await watched(context);
    await page.goto(`${server.url}/new`);
    await page.fill('#text', BRIEFING.replace('2025-10-02', `2025-10-0${viewport === PHONE ? 3 : 4}`));
    await page.click('#make');
    await page.locator('#bank-step').waitFor({ state: 'visible' });
    const start = await listOrder(page);
    expect(start.length).toBeGreaterThanOrEqual(4);
    // The server's default selection comes ticked, and first.
    const ticked = await page.locator('#bank > li input[type=checkbox]:checked').count();
    expect(ticked).toBeGreaterThanOrEqual(4);
    for (let i = 0; i < ticked; i++) expect(await page.locator('#bank > li').nth(i).locator('input[type=checkbox]').isChecked()).toBe(true);
    expect(await page.locator(`#up-${start[0]}`).isDisabled()).toBe(true);

    // Keyboard: Enter on "Move question 1 down" twice; the focus stays on the moved question's arrow.
    await page.locator(`#down-${start[0]}`).focus();
    await page.keyboard.press('Enter');
    expect((await listOrder(page)).slice(0, 2)).toEqual([start[1], start[0]]);
    expect(await focusedId(page)).toBe(`down-${start[0]}`);
    expect(await page.getAttribute(`#down-${start[0]}`, 'aria-label')).toBe('Move question 2 down');
    await page.keyboard.press('Enter');
    expect((await listOrder(page)).slice(0, 3)).toEqual([start[1], start[2], start[0]]);
    await expect.poll(() => page.textContent('#move-status')).toBe(`Question moved to place 3 of ${start.length}.`);
    // Space on "up" moves it back one; at the top the focus passes to the arrow still usable.
    await page.locator(`#up-${start[0]}`).focus();
    await page.keyboard.press(' ');
    await page.keyboard.press(' ');
    expect(await listOrder(page)).toEqual(start);
    expect(await focusedId(page)).toBe(`down-${start[0]}`);
    // Moving others while a question is open keeps what is typed in its form, under its new number.
    const second = page.locator(`#q-${start[1]}`);
    await second.getByRole('button', { name: 'Edit question 2' }).click();
    await second.getByLabel('Prompt', { exact: true }).fill('Typed, not saved yet');
    await page.locator(`#down-${start[0]}`).click();
    expect(await second.getByLabel('Prompt', { exact: true }).inputValue()).toBe('Typed, not saved yet');
    expect(await second.locator('.tp-q-head label').textContent()).toBe('Question 1');
    await second.getByRole('button', { name: 'Cancel' }).click();
    await page.locator(`#up-${start[0]}`).click();
    expect(await listOrder(page)).toEqual(start);
    await expectAccessible(page, 'new: bank with arrows');
    await screenshot(page, 'compose-bank');

    if (viewport === LAPTOP) {
      // Drag and drop: the fourth question dropped on the top half of the first goes first. A tall
      // window keeps both in view: the pointer's drag starts where it pressed, before any scroll.
      await page.setViewportSize({ width: LAPTOP.width, height: 2400 });
      await page
        .locator('#bank > li')
        .nth(3)
        .dragTo(page.locator('#bank > li').nth(0), { targetPosition: { x: 60, y: 12 } });
      await expect.poll(() => listOrder(page)).toEqual([start[3], start[0], start[1], start[2], ...start.slice(4)]);
      await expect.poll(() => page.textContent('#move-status')).toBe(`Question moved to place 1 of ${start.length}.`);
      await page.setViewportSize(LAPTOP);
    }
    const order = await listOrder(page);

    // An explanation of the teacher's own for the question now first.
    const first = page.locator('#bank > li').first();
    await first.getByRole('button', { name: 'Edit question 1' }).click();
    const explanation = first.getByLabel('Explanation');
    await explanation.fill('   ');
    await first.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => first.locator('[role=alert]').textContent()).toContain('explanation cannot be empty');
    await explanation.fill(`Our class visited the depot in ${tag}.`);
    await first.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => first.locator('.tp-explanation').textContent()).toContain(`Our class visited the depot in ${tag}.`);
    const prompts = await page.locator('#bank > li .tp-prompt').allTextContents();
    const tickedIds = new Set(
      await page.locator('#bank > li').evaluateAll((lis) => lis.filter((li) => li.querySelector('input:checked')).map((li: any) => li.dataset.id)),
    );
    const expected = order
      .map((id, i) => [id, prompts[i]] as const)
      .filter(([id]) => tickedIds.has(id))
      .map(([, p]) => p);

    await page.click('#to-settings');
    await page.locator('#settings-step').waitFor({ state: 'visible' });
    expect(await page.isChecked('#keep-order')).toBe(false);
    await page.check('#keep-order');
    await page.fill('#quiz-title', `Rail link ${tag}`);
    await page.selectOption('#time', '60');
    await expectAccessible(page, 'new: settings');
    await page.click('#create');
    await page.locator('#share-step').waitFor({ state: 'visible' });
    const code = (await page.textContent('#share-code'))!.trim();
    const teacherLink = await page.inputValue('#teacher-link');
    const key = new URL(teacherLink).hash.slice('#key='.length);
    // Your quizzes on /new already lists it.
    await expect.poll(() => page.locator('#your-quizzes li').first().textContent()).toContain(`Rail link ${tag}`);

    // A student meets the questions in the teacher's order; on a slow network "Checking…" shows at once.
    const student = await watched(await newContext({ viewport }));
    await student.page.route('**/api/plays/*/answers', async (route) => {
      await new Promise((r) => setTimeout(r, 1500));
      await route.continue();
    });
    await student.page.goto(`${server.url}/q/${code}`);
    await student.page.fill('#name', `Student ${tag}`);
    await student.page.click('#start');
    const met: string[] = [];
    for (let i = 0; ; i++) {
      await expect.poll(() => student.page.locator('#choices button').first().isEnabled(), { timeout: 15_000 }).toBe(true);
      met.push((await student.page.textContent('#prompt')) ?? '');
      await student.page.locator('#choices button').first().click();
      if (i === 0) {
        await expect.poll(() => student.page.locator('#choices .is-chosen .choice-mark').textContent(), { timeout: 500 }).toBe('Checking…');
        expect(await student.page.textContent('#timer-text')).toBe('Checking your answer…');
        await screenshot(student.page, 'compose-checking');
      }
      await student.page.locator('#feedback').waitFor();
      const shown = (await student.page.textContent('#explanation')) ?? '';
      const source = (await student.page.textContent('#source-text')) ?? '';
      // The source sentence once: in the quote, not again in the explanation.
      expect(source.length).toBeGreaterThan(20);
      expect(shown).not.toContain(source.replace(/^“|”$/g, '').slice(0, 30));
      if (i === 0) {
        expect(shown).toBe(`Our class visited the depot in ${tag}.`);
        await expectAccessible(student.page, 'play: feedback with a teacher’s explanation');
        await screenshot(student.page, 'compose-feedback');
      }
      const last = (await student.page.textContent('#next'))?.includes('results');
      await student.page.click('#next');
      if (last) break;
      await expect.poll(() => student.page.locator('#feedback').isHidden(), { timeout: 15_000 }).toBe(true);
    }
    expect(met).toEqual(expected);
    await student.page.locator('#end-view').waitFor();
    await screenshot(student.page, 'compose-end');
    expect(student.errors).toEqual([]);

    // Your quizzes on the home page after a reload, sending the key nowhere.
    const home = await watched(context);
    const sent: string[] = [];
    home.page.on('request', (r) => sent.push(`${r.url()} ${r.postData() ?? ''} ${JSON.stringify(r.headers())}`));
    await home.page.goto(`${server.url}/`);
    await home.page.reload();
    const item = home.page.locator('#your-quizzes li', { hasText: `Rail link ${tag}` });
    await item.waitFor();
    expect(await item.textContent()).toContain(code);
    expect(await item.locator('a').getAttribute('href')).toBe(`/t/${code}#key=${key}`);
    expect(sent.filter((s) => s.includes(key))).toEqual([]);
    await expectAccessible(home.page, 'home: your quizzes');
    await screenshot(home.page, 'compose-home');
    await item.getByRole('button', { name: 'Copy teacher link' }).click();
    await expect.poll(() => home.page.evaluate<string>('navigator.clipboard.readText()')).toBe(teacherLink);
    home.page.once('dialog', (d) => d.accept());
    await item.getByRole('button', { name: 'Forget' }).click();
    await expect.poll(() => home.page.locator('#your-quizzes li', { hasText: `Rail link ${tag}` }).count()).toBe(0);
    await home.page.reload();
    await home.page.locator('#briefings li').first().waitFor();
    expect(await home.page.locator('#your-quizzes li', { hasText: `Rail link ${tag}` }).count()).toBe(0);

    // A teacher link opened in another browser joins its "Your quizzes", made on a date no one misreads.
    const other = await watched(await newContext({ viewport }));
    await other.page.goto(teacherLink);
    await other.page.locator('#dashboard').waitFor({ state: 'visible' });
    await other.page.goto(`${server.url}/`);
    const kept = other.page.locator('#your-quizzes li', { hasText: `Rail link ${tag}` });
    await kept.waitFor();
    expect(await kept.locator('a').getAttribute('href')).toBe(`/t/${code}#key=${key}`);
    expect(await kept.textContent()).toMatch(/made (?:\d{1,2} [A-Z][a-z]{2,3}\.? \d{4}|[A-Z][a-z]{2,3}\.? \d{1,2}, \d{4})/);
    expect(other.errors).toEqual([]);

    expect(errors).toEqual([]);
    expect(missing).toEqual([]);
    expect(home.missing).toEqual([]);
  });
});

describe('the end of a play', () => {
  it('is titled by the result, celebrates a good one unless motion is reduced, and fits the score on a phone', async () => {
    const { id, key, bank } = await briefingWithBank(BRIEFING.replace('2025-10-02', '2025-10-05'));
    const quiz = await post('/api/quizzes', { briefingIds: [id], questionIds: bank.slice(0, 4).map((q) => q.id), timeLimitSec: 60 }, key);
    const code = quiz.quiz.code;
    const right = (prompt: string) => {
      const q = bank.find((b) => b.prompt === prompt);
      return q.choices.find((c: any) => c.id === q.answerId).text as string;
    };
    const wrong = (prompt: string, choices: string[]) => choices.find((c) => c !== right(prompt))!;

    const good = await watched(await newContext({ viewport: PHONE }));
    await play(good.page, code, 'Ace Ava', right);
    expect(await good.page.textContent('#end-title')).toBe('A perfect round, Ace Ava!');
    await expect.poll(() => good.page.locator('.celebrate span').count()).toBeGreaterThan(10);
    expect(await good.page.locator('.celebrate').getAttribute('aria-hidden')).toBe('true');
    // The figures stay inside their boxes, the rank's "of N" included.
    await expect.poll(() => good.page.textContent('#end-rank')).toContain('of');
    for (const dd of await good.page.locator('.result-figures dd').all()) {
      expect(await dd.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
    }
    await screenshot(good.page, 'compose-celebrate');
    await expect.poll(() => good.page.locator('.celebrate').count(), { timeout: 5000 }).toBe(0);
    // A reload of the end screen does not throw confetti again.
    await good.page.reload();
    await good.page.locator('#end-view').waitFor();
    await good.page.waitForTimeout(400);
    expect(await good.page.locator('.celebrate').count()).toBe(0);

    const calm = await watched(await newContext({ viewport: PHONE, reducedMotion: 'reduce' }));
    await play(calm.page, code, 'Calm Cal', right);
    await calm.page.waitForTimeout(400);
    expect(await calm.page.locator('.celebrate').count()).toBe(0);

    const low = await watched(await newContext({ viewport: LAPTOP }));
    let n = 0;
    await play(low.page, code, 'Low Lou', (p, c) => (n++ === 0 ? right(p) : wrong(p, c)));
    expect(await low.page.textContent('#end-title')).toBe('Keep at it, Low Lou');
    await low.page.waitForTimeout(400);
    expect(await low.page.locator('.celebrate').count()).toBe(0);
    await expectAccessible(low.page, 'play: end');

    const none = await watched(await newContext({ viewport: LAPTOP }));
    await play(none.page, code, 'Zero Zoe', wrong);
    expect(await none.page.textContent('#end-title')).toBe('Thanks for playing, Zero Zoe');
    for (const p of [good, calm, low, none]) expect(p.errors).toEqual([]);

    // The phone leaderboard shows every column, Time included, without sideways scrolling.
    const board = await watched(await newContext({ viewport: PHONE }));
    await board.page.goto(`${server.url}/q/${code}/leaderboard`);
    await board.page.locator('#rows tr').nth(3).waitFor();
    const wrap = board.page.locator('.table-wrap');
    expect(await wrap.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
    const time = await board.page.locator('thead th').last().boundingBox();
    expect(time!.x + time!.width).toBeLessThanOrEqual(PHONE.width);
    expect(await board.page.locator('thead th').last().textContent()).toBe('Time');
    await screenshot(board.page, 'compose-leaderboard');
    expect(board.missing).toEqual([]);
  });
});

describe('the icon', () => {
  it('is on every page, so no page asks for a missing favicon', async () => {
    const { id, key, bank } = await briefingWithBank(BRIEFING.replace('2025-10-02', '2025-10-06'));
    const quiz = await post('/api/quizzes', { briefingIds: [id], questionIds: [bank[0].id] }, key);
    const { page, errors, missing } = await watched(await newContext({ viewport: LAPTOP }));
    const listed = ((await (await fetch(`${server.url}/api/briefings`)).json()) as any).briefings[0].id;
    for (const path of [
      '/',
      '/new',
      `/t/${quiz.quiz.code}#key=${quiz.teacherKey}`,
      `/q/${quiz.quiz.code}`,
      `/q/${quiz.quiz.code}/leaderboard`,
      '/api/docs',
      `/b/${listed}`,
      '/admin',
    ]) {
      await page.goto(server.url + path);
      await page.waitForLoadState('networkidle');
      expect(await page.locator('link[rel=icon]').getAttribute('href'), path).toBe('/favicon.svg');
    }
    expect(missing).toEqual([]);
    expect(errors).toEqual([]);
  });
});
