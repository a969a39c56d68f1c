import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, seriousViolations, startServer, type Server } from './harness';

/** A briefing written for this test. */
const BRIEFING = `date 2025-09-18 Lake towns agree to share a water quality lab
The councils of Ashmere and Dunlow opened a shared water quality laboratory in Ashmere on 17 September 2025.
Council leader Priya Raman said the Ashmere laboratory was “the first thing both towns have built together in forty years”.
Council leader Martin Okafor said Dunlow would fund 60 per cent of the running costs of the Ashmere laboratory.
The Ashmere laboratory will test samples from 14 beaches and 3 reservoirs every week.
Scientists from the Northern Rivers Trust will train staff at the Ashmere laboratory.
Swimming clubs in Dunlow warned that “testing alone will not clean the water”.
Priya Raman and Martin Okafor will publish the first results in December 2025.`;

const VIEWPORTS = [
  { width: 375, height: 812 },
  { width: 1280, height: 800 },
];

let server: Server;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function expectAccessible(page: Page, where: string) {
  const violations = await seriousViolations(page);
  expect(violations.map((v) => `${where}: ${v.id} ${v.help} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** A student plays the whole quiz on the play page, always taking the first choice. */
async function playAsStudent(page: Page, code: string, name: string) {
  await page.goto(`${server.url}/q/${code}`);
  await page.locator('#name').fill(name);
  await page.locator('#start').click();
  for (;;) {
    await expect.poll(() => page.locator('#choices button').first().isEnabled(), { timeout: 15_000 }).toBe(true);
    await page.locator('#choices button').first().click();
    await expect.poll(() => page.locator('#feedback').isVisible(), { timeout: 15_000 }).toBe(true);
    const last = (await page.locator('#next').textContent())?.includes('results');
    await page.locator('#next').click();
    if (last) break;
    await expect.poll(() => page.locator('#feedback').isHidden(), { timeout: 15_000 }).toBe(true);
  }
  await expect.poll(() => page.locator('#end-view').isVisible(), { timeout: 15_000 }).toBe(true);
  const [score, correct] = await Promise.all([page.locator('#end-score').textContent(), page.locator('#end-correct').textContent()]);
  const [correctCount, questionCount] = (correct ?? '').split('/').map((n) => Number(n.trim()));
  return { score: Number((score ?? '').replace(/[^0-9]/g, '')), correctCount, questionCount };
}

describe.each(VIEWPORTS)('a teacher at $width×$height', (viewport) => {
  it('creates a quiz from pasted text, shares it, and sees a student’s result on the dashboard', async () => {
    const tag = `${viewport.width}x${viewport.height}`;
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    // Uncaught script errors only: axe-core's own probes trip the CSP in the console.
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));

    // 1. The briefing
    await page.goto(`${server.url}/new`);
    await expect.poll(() => page.locator('#text').isVisible()).toBe(true);
    await expectAccessible(page, 'new: text');
    await screenshot(page, 'new-1-text');

    await page.click('#make');
    await expect.poll(() => page.locator('#text-error').textContent()).toContain('Paste the briefing text');

    await page.fill('#text', BRIEFING);
    await page.click('#make');
    await page.locator('#bank-step').waitFor({ state: 'visible' });
    const count = await page.locator('#bank > li').count();
    expect(count).toBeGreaterThanOrEqual(4);

    // 2. Review: the best question of each statement comes ticked; untick one, try a bad edit,
    // then a good one
    const ticked = await page.locator('#bank > li input[type=checkbox]:checked').count();
    expect(ticked).toBeGreaterThanOrEqual(3);
    expect(ticked).toBeLessThanOrEqual(count);
    await page.locator('#bank > li input[type=checkbox]:checked').nth(1).uncheck();
    await expect.poll(() => page.locator('#selected-count').textContent()).toBe(`${ticked - 1} of ${count} questions ticked`);
    const first = page.locator('#bank > li').first();
    await first.getByRole('button', { name: 'Edit question 1' }).click();
    const original = await first.locator('textarea').first().inputValue();
    const choice = first.locator('input[type=text]').first();
    const choiceText = await choice.inputValue();
    await choice.fill('   ');
    await first.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => first.locator('[role=alert]').textContent()).toContain('A choice cannot be empty');
    await expectAccessible(page, 'new: editing');
    await choice.fill(choiceText);
    await first.locator('textarea').first().fill(`Edited: ${original}`);
    await first.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => first.locator('.tp-prompt').textContent()).toBe(`Edited: ${original}`);
    await expectAccessible(page, 'new: bank');
    // The action bar is sticky: at the bottom it sits where a teacher sees it last.
    await page.evaluate('window.scrollTo(0, document.body.scrollHeight)');
    await screenshot(page, 'new-2-bank');

    // 3. Settings
    await page.click('#to-settings');
    await page.locator('#settings-step').waitFor({ state: 'visible' });
    expect(await page.locator('#count').inputValue()).toBe(String(ticked - 1));
    await page.fill('#quiz-title', `Water lab check-in ${tag}`);
    await page.check('input[name=scoring][value=accuracy]');
    await page.selectOption('#time', '60');
    await expectAccessible(page, 'new: settings');
    await screenshot(page, 'new-3-settings');
    await page.click('#create');

    // 4. Share
    await page.locator('#share-step').waitFor({ state: 'visible' });
    const code = (await page.locator('#share-code').textContent())!.trim();
    expect(code).toMatch(/^[2-9A-HJ-NP-Z]{6}$/);
    expect(await page.locator('#play-link').inputValue()).toBe(`${server.url}/q/${code}`);
    const teacherLink = await page.locator('#teacher-link').inputValue();
    expect(teacherLink).toMatch(new RegExp(`^${server.url}/t/${code}#key=[A-Za-z0-9_-]+$`));
    await expect.poll(() => page.locator('#share-qr').evaluate((img: any) => img.complete && img.naturalWidth > 0)).toBe(true);
    await expect.poll(() => page.locator('.tp-warning').textContent()).toContain('Keep this link');
    await expectAccessible(page, 'new: share');
    await screenshot(page, 'new-4-share');

    // A student plays in a second page, with a browser profile of their own.
    const student = await (await browser.newContext({ viewport })).newPage();
    const result = await playAsStudent(student, code, `Student ${tag}`);
    expect(result.questionCount).toBe(ticked - 1);

    // The dashboard shows the result.
    const dash = await context.newPage();
    dash.on('pageerror', (e) => errors.push(e.message));
    await dash.goto(teacherLink);
    await expect.poll(() => dash.locator('#players').textContent(), { timeout: 15_000 }).toContain(`Student ${tag}`);
    expect(new URL(dash.url()).hash).toBe('');
    const row = dash.locator('#players tr', { hasText: `Student ${tag}` });
    await expect.poll(() => row.textContent()).toContain(`${result.correctCount} / ${ticked - 1}`);
    await expect.poll(() => row.textContent()).toContain(result.score.toLocaleString('en-US'));
    expect(await dash.locator('#accuracy > li').count()).toBe(ticked - 1);
    expect(await dash.locator('#accuracy').textContent()).toContain(`Edited: ${original}`);
    expect(await dash.locator('#accuracy svg').count()).toBe(ticked - 1);
    await expectAccessible(dash, 'teacher: open');
    await screenshot(dash, 'teacher');

    // A second student appears without a reload (polling).
    await playAsStudent(await (await browser.newContext({ viewport })).newPage(), code, `Latecomer ${tag}`);
    await expect.poll(() => dash.locator('#players').textContent(), { timeout: 15_000 }).toContain(`Latecomer ${tag}`);

    // Closing turns players away.
    await dash.getByRole('button', { name: 'Close the quiz' }).click();
    await dash.locator('#confirm-ok').click();
    await expect.poll(() => dash.locator('#quiz-state').textContent()).toBe('Closed');
    const late = await student.evaluate(
      async (c) =>
        (await fetch(`/api/quizzes/${c}/plays`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"name":"Too late"}' })).status,
      code,
    );
    expect(late).toBe(410);
    await expectAccessible(dash, 'teacher: closed');
    await screenshot(dash, 'teacher-closed');

    // The CSV download carries the student.
    const [download] = await Promise.all([dash.waitForEvent('download'), dash.click('#download-csv')]);
    expect(download.suggestedFilename()).toBe(`debrief-${code}-results.csv`);
    const stream = await download.createReadStream();
    let csv = '';
    for await (const chunk of stream) csv += chunk;
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain(`Student ${tag}`);

    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the teacher pages without a key or with bad input', () => {
  it('asks for the teacher link when the dashboard has no key, and refuses a wrong one', async () => {
    const quiz: any = await fetch(`${server.url}/api/briefings`).then((r) => r.json());
    const code = quiz.briefings[0].publicQuizCode;
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${server.url}/t/${code}`);
    await page.locator('#key-form-section').waitFor({ state: 'visible' });
    await page.fill('#key-input', `${server.url}/t/${code}#key=not-the-right-key-at-all`);
    await page.click('#key-form button');
    await expect.poll(() => page.locator('#dash-error').textContent()).toContain('does not open this quiz');
    await expectAccessible(page, 'teacher: key form');
    await screenshot(page, 'teacher-key');
    await page.close();
  });

  it('reads an uploaded .md file into the text box and refuses a binary one', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${server.url}/new`);
    await page.setInputFiles('#file', { name: 'lab.md', mimeType: 'text/markdown', buffer: Buffer.from(`\uFEFF${BRIEFING}`, 'utf8') });
    await expect.poll(() => page.locator('#text').inputValue()).toBe(BRIEFING);
    await expect.poll(() => page.locator('#file-status').textContent()).toContain('Loaded lab.md');
    await page.setInputFiles('#file', { name: 'photo.txt', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]) });
    await expect.poll(() => page.locator('#text-error').textContent()).toContain('does not look like text');
    await page.setInputFiles('#file', { name: 'report.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7') });
    await expect.poll(() => page.locator('#text-error').textContent()).toContain('not a .txt or .md file');
    expect(await page.locator('#text').inputValue()).toBe(BRIEFING);
    await page.close();
  });

  it('shows the server’s reason when no question can be made', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${server.url}/new`);
    await page.fill('#text', 'hello');
    await page.click('#make');
    await expect.poll(() => page.locator('#text-error').isVisible()).toBe(true);
    expect((await page.locator('#text-error').textContent())!.length).toBeGreaterThan(10);
    await page.close();
  });

  it('creates an assessed quiz with a class list and shows each student’s personal link, which plays once', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${server.url}/new`);
    await page.fill('#text', BRIEFING.replace('2025-09-18', '2025-09-20'));
    await page.click('#make');
    await page.locator('#bank-step').waitFor({ state: 'visible' });
    await page.click('#to-settings');
    await page.locator('#settings-step').waitFor({ state: 'visible' });
    await page.check('input[name=mode][value=assessed]');
    await page.fill('#roster', 'Liam Hall\nAda Lovelace\n');
    await page.click('#create');
    await page.locator('#share-step').waitFor({ state: 'visible' });
    const lines = (await page.locator('#roster-links').inputValue()).split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^Liam Hall\thttp:\/\/127\.0\.0\.1:\d+\/q\/[A-Z0-9]{6}#seat=[\w-]+$/);
    await expectAccessible(page, 'new: share with class list');
    const link = lines[0].split('\t')[1];
    const player = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await player.goto(link);
    await player.locator('#join-form').waitFor();
    await player.click('#start');
    await player.locator('#question-view').waitFor();
    await player.close();
    // Another browser with the same link: the seat is taken.
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const again = await context.newPage();
    await again.goto(link);
    await again.locator('#join-form').waitFor();
    await again.click('#start');
    await expect.poll(() => again.textContent('#name-error')).toContain('one play each');
    await context.close();
    await page.close();
  });

  it('lets the operator approve a listed briefing onto the home page from /admin', async () => {
    const created = await fetch(`${server.url}/api/briefings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: BRIEFING.replace('2025-09-18', '2025-09-19'), title: 'Lab for approval', listed: true }),
    });
    expect(((await created.json()) as any).awaitingApproval).toBe(true);
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${server.url}/admin`);
    await page.fill('#key-input', 'not-the-operator-key');
    await page.click('#key-form button');
    await expect.poll(() => page.locator('#error').textContent()).toContain('operator key');
    await page.fill('#key-input', server.operatorKey);
    await page.click('#key-form button');
    const item = page.locator('#briefings li', { hasText: 'Lab for approval' });
    await item.waitFor();
    expect(await item.textContent()).toContain('waiting for approval');
    await expectAccessible(page, 'admin');
    await screenshot(page, 'admin');
    await item.getByRole('button', { name: 'Approve' }).click();
    await expect.poll(() => page.locator('#status').textContent()).toContain('Approve');
    const home = (await (await fetch(`${server.url}/api/briefings`)).json()) as any;
    expect(home.briefings.map((b: any) => b.title)).toContain('Lab for approval');
    await page.close();
  });

  it('renders the API reference from the OpenAPI document', async () => {
    for (const viewport of VIEWPORTS) {
      const page = await browser.newPage({ viewport });
      await page.goto(`${server.url}/api/docs`);
      await expect.poll(() => page.locator('.tp-op').count()).toBeGreaterThanOrEqual(15);
      await page.locator('details.tp-op', { hasText: '/api/quizzes/{code}/export' }).locator('summary').click();
      expect(await page.locator('#doc').textContent()).toContain('questionIds');
      await expectAccessible(page, 'docs');
      await screenshot(page, 'docs');
      await page.close();
    }
  });
});
