import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, seriousViolations, startServer, type Server } from './harness';

/** A briefing written for this test. */
const BRIEFING = `date 2025-11-12 Harbour city opens a night ferry line
The city of Port Kellan opened a night ferry line between the old harbour and Tamsin Island on 11 November 2025.
Transport director Elena Vasquez said the service was “a lifeline for the people who keep the city running after dark”.
The ferries will run every 40 minutes between midnight and 5 a.m.
Mayor Tobias Grant said the city would spend 12 million euros on two electric boats.
The Seafarers Union welcomed the line but warned that “crews need proper rest between shifts”.
A trial in 2024 carried 18,000 passengers in six weeks.
The city will review the timetable in March 2026.`;

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 375, height: 812 };

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

async function post(path: string, body: unknown, token?: string) {
  const res = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const data = (await res.json()) as any;
  if (!res.ok) throw new Error(`${path}: ${res.status} ${JSON.stringify(data)}`);
  return data;
}

/** A quiz over the test briefing with an explicit question order, so answers are known. */
/** A quiz of these questions, met in this order by every player (the tests follow it). */
async function createQuiz(questionIds: string[], settings: Record<string, unknown> = {}) {
  const r = await post('/api/quizzes', { briefingIds: [briefingId], questionIds, shuffleQuestions: false, ...settings }, briefingKey);
  return r.quiz.code as string;
}

function answerText(q: BankQuestion) {
  return q.choices.find((c) => c.id === q.answerId)!.text;
}
function wrongText(q: BankQuestion) {
  return q.choices.find((c) => c.id !== q.answerId)!.text;
}

async function newPage(viewport: { width: number; height: number }, colorScheme: 'light' | 'dark' = 'light') {
  const context = await browser.newContext({ viewport, colorScheme });
  contexts.push(context);
  const page = await context.newPage();
  const errors: string[] = [];
  // Uncaught script errors only: axe-core's own probes trip the CSP in the console.
  page.on('pageerror', (e) => errors.push(e.message));
  return { page, errors };
}

async function expectAccessible(page: Page, where: string) {
  const violations = await seriousViolations(page);
  expect(violations.map((v) => `${where}: ${v.id} ${v.help} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** The text of the currently focused element's id, for keyboard-only flows. */
const focusedId = (page: Page) => page.evaluate<string>("document.activeElement?.id ?? ''");

async function choiceButton(page: Page, text: string) {
  return page.locator('#choices button', { has: page.locator('.choice-text', { hasText: new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }) });
}

/** Which key (1-based) answers with the given text. */
async function keyFor(page: Page, text: string) {
  const texts = await page.locator('#choices .choice-text').allTextContents();
  const i = texts.indexOf(text);
  expect(i).toBeGreaterThanOrEqual(0);
  return i + 1;
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const created = await post('/api/briefings', { text: BRIEFING });
  briefingId = created.briefing.id;
  briefingKey = created.teacherKey;
  const res = await fetch(`${server.url}/api/briefings/${briefingId}/questions`, {
    headers: { authorization: `Bearer ${created.teacherKey}` },
  });
  bank = ((await res.json()) as { questions: BankQuestion[] }).questions.filter((q) => q.choices.length >= 3);
  expect(bank.length).toBeGreaterThanOrEqual(3);
});

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => {});
  await browser?.close();
  await server?.stop();
});

describe('the home page', () => {
  it('lists briefings, joins by code and explains a bad code', async () => {
    for (const viewport of [PHONE, DESKTOP]) {
      const { page, errors } = await newPage(viewport);
      await page.goto(server.url);
      await page.locator('#briefings li').first().waitFor();
      const card = page.locator('#briefings li').first();
      await expect.poll(() => card.locator('a', { hasText: 'Play' }).getAttribute('href')).toMatch(/^\/q\/[2-9A-Z]{6}$/);
      expect(await card.locator('a', { hasText: 'Read briefing' }).getAttribute('href')).toMatch(/^\/b\//);
      await expectAccessible(page, `home ${viewport.width}`);
      await screenshot(page, 'home');
      expect(errors).toEqual([]);
    }
    const { page } = await newPage(DESKTOP);
    await page.goto(server.url);
    await page.fill('#code', 'abc');
    await page.press('#code', 'Enter');
    await expect.poll(() => page.textContent('#code-error')).toContain('6 characters');
    await page.fill('#code', 'zzzz-zz');
    await page.press('#code', 'Enter');
    await expect.poll(() => page.textContent('#code-error')).toContain('No quiz has the code ZZZZZZ');
    expect(await page.getAttribute('#code', 'aria-invalid')).toBe('true');
    await expectAccessible(page, 'home with a code error');
    await screenshot(page, 'home-code-error');
    const code = await createQuiz([bank[0].id]);
    await page.fill('#code', ` ${code.slice(0, 3).toLowerCase()} ${code.slice(3)} `);
    await page.press('#code', 'Enter');
    await page.waitForURL(`**/q/${code}`);

    // A link with an unknown code says so in words.
    await page.goto(`${server.url}/q/ZZZZZZ`);
    await expect.poll(() => page.textContent('#fatal-text')).toContain('No quiz has the code ZZZZZZ');
    await expectAccessible(page, 'play: unknown code');
  });
});

describe('playing a quiz', () => {
  it('plays a whole quiz with the keyboard only, then opens the leaderboard', async () => {
    const questions = bank.slice(0, 3);
    const code = await createQuiz(
      questions.map((q) => q.id),
      { timeLimitSec: 60 },
    );
    const { page, errors } = await newPage(DESKTOP);
    await page.goto(`${server.url}/q/${code}`);
    await page.locator('#join-form').waitFor();
    expect(await page.inputValue('#name')).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+$/);
    await expectAccessible(page, 'play: name entry');
    await screenshot(page, 'play-1-name');

    for (let i = 0; i < 10 && (await focusedId(page)) !== 'name'; i++) await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('name');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('Keyboard Kim');
    await page.keyboard.press('Enter');

    for (const [i, q] of questions.entries()) {
      await expect.poll(() => page.textContent('#prompt')).toBe(q.prompt);
      expect(await page.textContent('#progress')).toBe(`Question ${i + 1} / 3`);
      expect(await focusedId(page)).toBe('prompt');
      if (i === 0) {
        await expectAccessible(page, 'play: question');
        await screenshot(page, 'play-2-question');
      }
      // Letters for one answer, digits for the others: both are documented shortcuts.
      const key = await keyFor(page, answerText(q));
      await page.keyboard.press(i === 1 ? 'ABCD'[key - 1].toLowerCase() : String(key));
      await page.locator('#feedback').waitFor();
      expect(await page.textContent('#verdict')).toBe('Right!');
      expect(await focusedId(page)).toBe('next');
      if (i === 0) {
        await expectAccessible(page, 'play: feedback');
        await screenshot(page, 'play-3-feedback');
      }
      await page.keyboard.press('Enter');
    }

    await page.locator('#end-view').waitFor();
    expect(await focusedId(page)).toBe('end-title');
    expect(await page.textContent('#end-title')).toBe('A perfect round, Keyboard Kim!');
    expect(await page.textContent('#end-correct')).toBe('3 / 3');
    await expect.poll(() => page.textContent('#end-rank')).toBe('1st of 1');
    expect(await page.locator('#review > li').count()).toBe(3);
    expect(await page.locator('#review blockquote').first().textContent()).toBeTruthy();
    await expectAccessible(page, 'play: end');
    await screenshot(page, 'play-4-end');

    for (let i = 0; i < 10 && (await focusedId(page)) !== 'end-leaderboard'; i++) await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('end-leaderboard');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/q/${code}/leaderboard`);
    await page.locator('#rows tr').first().waitFor();
    const you = page.locator('#rows tr.is-you');
    expect(await you.count()).toBe(1);
    expect(await you.locator('td.name').textContent()).toContain('Keyboard Kim');
    expect(await page.locator('#podium li.is-you').count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('shows a wrong and a right answer with feedback, resumes after a reload, and reviews against the briefing', async () => {
    const [q1, q2, q3] = bank.slice(3, 6).length === 3 ? bank.slice(3, 6) : bank.slice(0, 3);
    const code = await createQuiz([q1.id, q2.id, q3.id], { timeLimitSec: 90, scoring: 'accuracy', briefingFirst: true });
    const { page, errors } = await newPage(PHONE);
    await page.goto(`${server.url}/q/${code}`);
    await page.locator('#reading .statements li').first().waitFor();
    expect(await page.locator('#reading .statements li').count()).toBe(7);
    expect(await page.isVisible('#accuracy-note')).toBe(true);
    expect(await page.textContent('#accuracy-text')).toContain('1,000 points');
    await expectAccessible(page, 'play: briefing first');
    await screenshot(page, 'play-1-name');
    await page.fill('#name', 'Phone Pat');
    await page.click('#start');

    // A wrong answer: marked, the right one shown, explanation and source quoted.
    await expect.poll(() => page.textContent('#prompt')).toBe(q1.prompt);
    await expectAccessible(page, 'play: question (phone)');
    await screenshot(page, 'play-2-question');
    await (await choiceButton(page, wrongText(q1))).click();
    await page.locator('#feedback').waitFor();
    expect(await page.textContent('#verdict')).toBe('Not quite');
    expect(await page.textContent('#points')).toBe('+0 points');
    expect(await page.locator('#choices .is-wrong .choice-text').textContent()).toBe(wrongText(q1));
    expect(await page.locator('#choices .is-correct .choice-text').textContent()).toBe(answerText(q1));
    expect((await page.textContent('#explanation'))!.length).toBeGreaterThan(10);
    expect(BRIEFING).toContain((await page.textContent('#source-text'))!.slice(0, 40));
    // The briefing is unlisted: it has no public page, and its id stays with its teacher.
    expect(await page.locator('#source-link').isHidden()).toBe(true);
    expect(await page.content()).not.toContain(briefingId);
    await expect.poll(() => page.textContent('#announce')).toContain('Not quite');
    await expectAccessible(page, 'play: wrong feedback');
    await screenshot(page, 'play-3-feedback-wrong');
    await page.click('#next');

    // A reload mid-quiz resumes the same question, on the server's clock.
    await expect.poll(() => page.textContent('#prompt')).toBe(q2.prompt);
    const before = Number((await page.textContent('#timer-text'))!.match(/\d+/)![0]);
    await page.waitForTimeout(1100);
    await page.reload();
    await expect.poll(() => page.textContent('#prompt')).toBe(q2.prompt);
    expect(await page.textContent('#progress')).toBe('Question 2 / 3');
    const after = Number((await page.textContent('#timer-text'))!.match(/\d+/)![0]);
    expect(after).toBeLessThan(before);

    // A right answer: accuracy scoring gives 1000 whatever the time.
    await (await choiceButton(page, answerText(q2))).click();
    await page.locator('#feedback').waitFor();
    expect(await page.textContent('#verdict')).toBe('Right!');
    expect(await page.textContent('#points')).toBe('+1,000 points');
    expect(await page.textContent('#score')).toBe('1,000');
    expect(await page.locator('#choices .is-correct .choice-mark').textContent()).toBe('✓ Your answer');
    await screenshot(page, 'play-3-feedback-right');
    await page.click('#next');

    await expect.poll(() => page.textContent('#prompt')).toBe(q3.prompt);
    await (await choiceButton(page, answerText(q3))).click();
    await page.locator('#feedback').waitFor();
    expect(await page.textContent('#next')).toBe('See your results');
    await page.click('#next');

    await page.locator('#end-view').waitFor();
    expect(await page.textContent('#end-score')).toBe('2,000');
    expect(await page.textContent('#end-correct')).toBe('2 / 3');
    expect(await page.locator('#review > li.is-bad').count()).toBe(1);
    expect(await page.locator('#review > li.is-good').count()).toBe(2);
    await page.locator('#end-briefing .statements li').first().waitFor();
    expect(await page.locator('#end-briefing .statements li.is-source').count()).toBeGreaterThanOrEqual(1);
    await expectAccessible(page, 'play: end (phone)');
    await screenshot(page, 'play-4-end');

    // A finished play reopens on its results, review included.
    await page.reload();
    await page.locator('#end-view').waitFor();
    expect(await page.textContent('#end-score')).toBe('2,000');
    expect(await page.locator('#review > li').count()).toBe(3);

    // The play's own row is highlighted on the leaderboard.
    await page.click('#end-leaderboard');
    await page.locator('#rows tr.is-you').waitFor();
    expect(await page.locator('#rows tr.is-you td.name').textContent()).toContain('Phone Pat');
    expect(errors).toEqual([]);
  });

  it('renders a name with markup as text, refuses tags near the field, and closes a question when time runs out', async () => {
    const code = await createQuiz([bank[0].id], { timeLimitSec: 5 });
    const { page, errors } = await newPage(DESKTOP);
    await page.goto(`${server.url}/q/${code}`);
    await page.locator('#join-form').waitFor();
    await page.fill('#name', '<b>Bold</b>');
    await page.click('#start');
    await expect.poll(() => page.textContent('#name-error')).toMatch(/< or >/);
    expect(await page.getAttribute('#name', 'aria-invalid')).toBe('true');
    expect(await focusedId(page)).toBe('name');
    await expectAccessible(page, 'play: name error');
    await screenshot(page, 'play-1-name-error');

    const name = '&lt;i&gt;Zed & "Q"';
    await page.fill('#name', name);
    expect(await page.textContent('#name-error')).toBe('');
    await page.click('#start');
    await page.locator('#question-view').waitFor();
    // No answer: at 0 the page sends choiceId null and the question scores nothing.
    await page.locator('#feedback').waitFor({ timeout: 10_000 });
    expect(await page.textContent('#verdict')).toBe('Time is up');
    expect(await page.textContent('#points')).toBe('+0 points');
    await page.click('#next');
    await page.locator('#end-view').waitFor();
    expect(await page.textContent('#end-title')).toBe(`Thanks for playing, ${name}`);
    expect(await page.locator('#end-title i, #end-title b').count()).toBe(0);
    expect(await page.textContent('#review')).toContain('time ran out');

    await page.goto(`${server.url}/q/${code}/leaderboard`);
    await page.locator('#rows tr').first().waitFor();
    expect(await page.locator('#rows td.name').first().textContent()).toContain(name);
    expect(await page.locator('#rows i, #podium i').count()).toBe(0);

    // "Play again" forgets the finished play and offers a fresh name.
    await page.goto(`${server.url}/q/${code}`);
    await page.locator('#end-view').waitFor();
    await page.click('#again');
    await page.locator('#join-form').waitFor();
    expect(await page.inputValue('#name')).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+$/);
    expect(await focusedId(page)).toBe('name');
    expect(errors).toEqual([]);
  });

  it('in an assessed quiz, says right or wrong without the answer, and offers no second scored play', async () => {
    const code = await createQuiz([bank[0].id], { timeLimitSec: 60, mode: 'assessed' });
    const { page, errors } = await newPage(DESKTOP);
    await page.goto(`${server.url}/q/${code}`);
    await page.locator('#join-form').waitFor();
    await page.fill('#name', 'Graded Gail');
    await page.click('#start');
    await page.locator('#question-view').waitFor();
    await page.locator('#choices button', { hasText: wrongText(bank[0]) }).click();
    await page.locator('#feedback').waitFor();
    expect(await page.textContent('#verdict')).toBe('Not quite');
    expect(await page.locator('#choices .is-correct').count()).toBe(0);
    expect(await page.locator('#choices .is-wrong .choice-text').textContent()).toBe(wrongText(bank[0]));
    expect(await page.textContent('#feedback')).not.toContain(answerText(bank[0]));
    await page.click('#next');
    await page.locator('#end-view').waitFor();
    expect(await page.textContent('#review')).toContain('once your teacher releases the answers');
    // Before the fix, "Play again" started a second scored play under a new suggested name.
    expect(await page.locator('#again').isHidden()).toBe(true);
    await page.reload();
    await page.locator('#end-view').waitFor();
    expect(await page.locator('#again').isHidden()).toBe(true);
    expect(errors).toEqual([]);
  });
});

describe('leaderboards and briefing pages', () => {
  it('shows the podium and table of a quiz, refreshed while open', async () => {
    const code = await createQuiz(
      bank.slice(0, 3).map((q) => q.id),
      { scoring: 'accuracy' },
    );
    const players = ['Ada', 'Ben', 'Cy', 'Dee'];
    for (const [n, name] of players.entries()) {
      const start = await post(`/api/quizzes/${code}/plays`, { name });
      let q = start.question;
      let i = 0;
      while (q) {
        const b = bank.find((x) => x.prompt === q.prompt)!;
        const right = i++ < 3 - n;
        const choice = q.choices.find((c: { text: string }) => (right ? c.text === answerText(b) : c.text !== answerText(b)));
        q = (await post(`/api/plays/${start.play.id}/answers`, { questionId: q.id, choiceId: choice.id }, start.playToken)).next;
      }
    }
    for (const viewport of [PHONE, DESKTOP]) {
      const { page, errors } = await newPage(viewport);
      await page.goto(`${server.url}/q/${code}/leaderboard`);
      await page.locator('#rows tr').nth(3).waitFor();
      expect(await page.locator('#podium li').count()).toBe(3);
      expect(await page.locator('#rows tr td.name').first().textContent()).toBe('Ada');
      await expectAccessible(page, `leaderboard ${viewport.width}`);
      await screenshot(page, 'leaderboard');
      if (viewport === DESKTOP) {
        // A play finishing while the page is open appears without a reload.
        const start = await post(`/api/quizzes/${code}/plays`, { name: 'Late Lou' });
        let q = start.question;
        while (q) q = (await post(`/api/plays/${start.play.id}/answers`, { questionId: q.id, choiceId: q.choices[0].id }, start.playToken)).next;
        await expect.poll(() => page.locator('#rows tr').count(), { timeout: 12_000 }).toBe(5);
      }
      expect(errors).toEqual([]);
    }
  });

  it('shows a briefing with its statements, its quiz and its best players', async () => {
    for (const viewport of [PHONE, DESKTOP]) {
      const { page, errors } = await newPage(viewport);
      await page.goto(`${server.url}/b/${briefingId}`);
      await page.locator('#statements li').first().waitFor();
      expect(await page.locator('#statements li').count()).toBe(7);
      expect(await page.textContent('#title')).toBe('Harbour city opens a night ferry line');
      await page.locator('#rows tr').first().waitFor();
      await expectAccessible(page, `briefing ${viewport.width}`);
      await screenshot(page, 'briefing');
      expect(errors).toEqual([]);
    }
    // The shipped briefing has a public quiz behind its Play button.
    const { page } = await newPage(PHONE);
    await page.goto(server.url);
    await page.locator('#briefings a', { hasText: 'Read briefing' }).first().click();
    await page.locator('#play').waitFor();
    expect(await page.getAttribute('#play', 'href')).toMatch(/^\/q\/[2-9A-Z]{6}$/);
  });

  it('looks right in dark mode', async () => {
    const { page } = await newPage(PHONE, 'dark');
    await page.goto(server.url);
    await page.locator('#briefings li').first().waitFor();
    await expectAccessible(page, 'home dark');
    await screenshot(page, 'home-dark');
    const code = await createQuiz([bank[0].id], { timeLimitSec: 60 });
    await page.goto(`${server.url}/q/${code}`);
    await page.click('#start');
    await page.locator('#choices button').first().click();
    await page.locator('#feedback').waitFor();
    await expectAccessible(page, 'play feedback dark');
    await screenshot(page, 'play-3-feedback-dark');
  });
});

describe('reading before playing', () => {
  it('offers the briefing on a quiz that does not open with it, and highlights the sources at the end', async () => {
    const code = await createQuiz(bank.slice(0, 2).map((q) => q.id));
    const { page, errors } = await newPage(DESKTOP);
    await page.goto(`${server.url}/q/${code}`);
    await expect.poll(() => page.locator('#show-reading').isVisible()).toBe(true);
    expect(await page.locator('#reading').isHidden()).toBe(true);
    await page.locator('#show-reading').click();
    await expect.poll(() => page.locator('#reading').isVisible()).toBe(true);
    expect(await page.locator('#reading-body').textContent()).toContain('Transport director Elena Vasquez');
    await expectAccessible(page, 'play: reading on request');
    await page.locator('#start').click();
    for (let i = 0; i < 2; i++) {
      await expect.poll(() => page.locator('#choices button').first().isEnabled()).toBe(true);
      await (await choiceButton(page, answerText(bank[i]))).click();
      await expect.poll(() => page.locator('#next').isVisible()).toBe(true);
      await page.locator('#next').click();
    }
    await expect.poll(() => page.locator('#end-view').isVisible()).toBe(true);
    await expect.poll(() => page.locator('#end-briefing').isVisible()).toBe(true);
    expect(await page.locator('#end-briefing .is-source').count()).toBe(2);
    expect(errors).toEqual([]);
  });
});
