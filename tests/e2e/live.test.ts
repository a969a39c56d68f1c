import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, seriousViolations, startServer, type Server } from './harness';

const BRIEFING = `date 2025-09-18 Lake towns agree to share a water quality lab
The councils of Ashmere and Dunlow opened a shared water quality laboratory in Ashmere on 17 September 2025.
Council leader Priya Raman said the Ashmere laboratory was “the first thing both towns have built together in forty years”.
Council leader Martin Okafor said Dunlow would fund 60 per cent of the running costs of the Ashmere laboratory.
The Ashmere laboratory will test samples from 14 beaches and 3 reservoirs every week.
Scientists from the Northern Rivers Trust will train staff at the Ashmere laboratory.
Swimming clubs in Dunlow warned that “testing alone will not clean the water”.
Priya Raman and Martin Okafor will publish the first results in December 2025.`;

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

async function post(path: string, body: unknown, key?: string) {
  const res = await fetch(server.url + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify(body),
  });
  expect(res.status, path).toBeLessThan(300);
  return res.json() as Promise<any>;
}

async function expectAccessible(page: Page, where: string) {
  const violations = await seriousViolations(page);
  expect(violations.map((v) => `${where}: ${v.id} ${v.help} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const visible = (page: Page, selector: string) => expect.poll(() => page.locator(selector).isVisible(), { timeout: 15_000 }).toBe(true);

describe('a live game in Chromium', () => {
  it('is hosted on a projector and played on two phones to the podium, one of them reloading mid-game', async () => {
    const made = await post('/api/briefings', { text: BRIEFING });
    const { quiz, teacherKey } = await post('/api/quizzes', { briefingIds: [made.briefing.id], questionCount: 2 }, made.teacherKey);

    // The teacher starts the game from the dashboard; the host screen finds the key this browser keeps.
    const hostCtx = await browser.newContext({ viewport: { width: 1920, height: 1080 }, reducedMotion: 'reduce' });
    const host = await hostCtx.newPage();
    await host.goto(`${server.url}/t/${quiz.code}#key=${teacherKey}`);
    await visible(host, '#dashboard');
    await host.locator('#host-live').click();
    await host.waitForURL(/\/live\/[2-9A-HJ-NP-Z]{6}\/host$/, { timeout: 15_000 });
    await visible(host, '#lobby-view');
    expect(host.url()).not.toContain(teacherKey);
    const live = { code: host.url().split('/')[4] };
    expect(await host.locator('#join-code').textContent()).toBe(live.code);
    await expect
      .poll(() => host.locator('#qr').evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth), { timeout: 10_000 })
      .toBeGreaterThan(0);

    const phones: Page[] = [];
    for (const name of ['Ada', 'Bo']) {
      const ctx = await browser.newContext({ viewport: { width: 375, height: 812 }, hasTouch: true });
      const page = await ctx.newPage();
      // One joins by typing the code on the home page, the other by the link.
      if (name === 'Ada') {
        await page.goto(server.url);
        await page.fill('#code', live.code.toLowerCase());
        await page.press('#code', 'Enter');
        await page.waitForURL(`${server.url}/live/${live.code}`, { timeout: 15_000 });
      } else await page.goto(`${server.url}/live/${live.code}`);
      await visible(page, '#join-view');
      await page.locator('#name').fill(name);
      await page.locator('#join').click();
      await visible(page, '#wait-view');
      phones.push(page);
    }
    await expect.poll(() => host.locator('#lobby-players li').count(), { timeout: 10_000 }).toBe(2);
    await expectAccessible(host, 'host lobby');
    await expectAccessible(phones[0], 'player lobby');
    await screenshot(host, 'live-host-lobby');

    await host.locator('#start').click();
    for (let i = 0; i < 2; i++) {
      await visible(host, '#question-view');
      for (const [j, page] of phones.entries()) {
        if (i === 1 && j === 1) {
          // A reload mid-question comes back as the same player, by the token in sessionStorage.
          // The other player has answered: the question waits a few seconds for this one to come back.
          await page.reload();
        }
        await expect.poll(() => page.locator('#q-choices button').first().isEnabled(), { timeout: 15_000 }).toBe(true);
        if (i === 0 && j === 0) {
          await expectAccessible(page, 'player question');
          await screenshot(page, 'live-player-question');
        }
        await page.locator('#q-choices button').nth(j).click();
        await expect.poll(() => page.locator('#q-locked').textContent(), { timeout: 10_000 }).toMatch(/Locked in/);
      }
      // Both answered: the question closes without waiting for the clock.
      await visible(host, '#reveal-view');
      expect(await host.locator('#hr-choices li.is-right').count()).toBe(1);
      expect((await host.locator('#hr-source').textContent())?.length).toBeGreaterThan(10);
      for (const page of phones) await visible(page, '#result-view');
      if (i === 0) {
        await expectAccessible(host, 'host reveal');
        await screenshot(host, 'live-host-reveal');
        await screenshot(phones[0], 'live-player-result');
      }
      await host.keyboard.press('Space');
      if (i === 0) {
        await visible(host, '#board-view');
        expect(await host.locator('#board li').count()).toBe(2);
        await host.keyboard.press('Enter');
      }
    }
    await visible(host, '#end-view');
    expect(await host.locator('#podium li').count()).toBe(2);
    for (const page of phones) {
      await visible(page, '#end-view');
      expect(await page.locator('#e-text').textContent()).toMatch(/You finished (1st|2nd)/);
    }
    await expectAccessible(host, 'host podium');
    await screenshot(host, 'live-host-podium');
    await screenshot(phones[1], 'live-player-end');

    // The game's plays are on the quiz's leaderboard.
    await expect
      .poll(async () => ((await (await fetch(`${server.url}/api/quizzes/${quiz.code}/leaderboard`)).json()) as any).total, { timeout: 10_000 })
      .toBe(2);
  });
});
