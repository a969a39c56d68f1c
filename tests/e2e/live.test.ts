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

/** Transitions over (the page's CSP forbids waitForFunction's eval, not evaluate's). */
const settled = (page: Page) => expect.poll(() => page.evaluate('document.getAnimations().length'), { timeout: 5_000 }).toBe(0);

/** axe in both schemes, each with its picture to be looked at (light first: the switch back fades). */
async function expectAccessibleBothSchemes(page: Page, where: string, shot?: string) {
  if (shot) await screenshot(page, shot);
  await expectAccessible(page, where);
  await page.emulateMedia({ colorScheme: 'dark' });
  // The scheme's colours fade in (transitions): axe must see where they end.
  await settled(page);
  await expectAccessible(page, `${where} (dark)`);
  if (shot) await screenshot(page, `${shot}-dark`);
  await page.emulateMedia({ colorScheme: 'light' });
  await settled(page);
}

const visible = (page: Page, selector: string) => expect.poll(() => page.locator(selector).isVisible(), { timeout: 15_000 }).toBe(true);
const text = async (page: Page, selector: string) => (await page.locator(selector).textContent())?.trim() ?? '';
const oneLine = (t: string) => t.replace(/\s+/g, ' ').trim();

/** The right answer's text for each prompt, from the quiz's Aiken export (the teacher's view). */
async function answerKey(quizCode: string, teacherKey: string): Promise<Map<string, string>> {
  const res = await fetch(`${server.url}/api/quizzes/${quizCode}/export?format=aiken`, { headers: { authorization: `Bearer ${teacherKey}` } });
  expect(res.status).toBe(200);
  const key = new Map<string, string>();
  for (const block of (await res.text()).trim().split(/\n\n/)) {
    const lines = block.split('\n');
    const letter = lines.at(-1)!.replace('ANSWER: ', '');
    key.set(oneLine(lines[0]), lines.find((l) => l.startsWith(`${letter}. `))!.slice(3));
  }
  return key;
}

describe('a live game in Chromium', () => {
  it('is hosted on a projector and played on three phones to the podium, one reloading and one losing its network mid-question', async () => {
    const made = await post('/api/briefings', { text: BRIEFING });
    const { quiz, teacherKey } = await post('/api/quizzes', { briefingIds: [made.briefing.id], questionCount: 2 }, made.teacherKey);
    const rightAnswer = await answerKey(quiz.code, teacherKey);

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

    const names = ['Ada', 'Bo', 'Cy'];
    const phones: Page[] = [];
    for (const name of names) {
      const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true });
      const page = await ctx.newPage();
      // One joins by typing the code on the home page, the others by the link.
      if (name === 'Ada') {
        await page.goto(server.url);
        await page.fill('#code', live.code.toLowerCase());
        await page.press('#code', 'Enter');
        await page.waitForURL(`${server.url}/live/${live.code}`, { timeout: 15_000 });
      } else await page.goto(`${server.url}/live/${live.code}`);
      await visible(page, '#join-view');
      if (name === 'Cy') {
        await expectAccessibleBothSchemes(page, 'player join', 'live-phone-join');
      }
      await page.locator('#name').fill(name);
      await page.locator('#join').click();
      await visible(page, '#wait-view');
      phones.push(page);
    }
    const [, bo, cy] = phones;
    const cySockets: string[] = [];
    cy.on('websocket', (ws) => cySockets.push(ws.url()));

    await expect.poll(() => host.locator('#lobby-players li').count(), { timeout: 10_000 }).toBe(3);
    await expectAccessibleBothSchemes(host, 'host lobby', 'live-host-lobby');
    await expectAccessible(cy, 'player lobby');

    // The projector's keyboard runs the whole game: Enter or Space is always "next".
    await host.keyboard.press('Enter');
    const cyAfter: { score: number; streak: number }[] = [];
    for (let i = 0; i < 2; i++) {
      await visible(host, '#question-view');
      if (i === 0) {
        await expectAccessibleBothSchemes(host, 'host question', 'live-host-question');
      }
      const prompt = oneLine(await text(host, '#hq-prompt'));
      expect(rightAnswer.has(prompt), prompt).toBe(true);
      // In the second question Cy answers first, then loses the network.
      for (const page of i === 1 ? [cy, ...phones.filter((p) => p !== cy)] : phones) {
        const j = phones.indexOf(page);
        if (i === 1 && page === bo) {
          // A reload mid-question comes back as the same player, by the token kept in the browser.
          // The others have answered: the question waits a few seconds for this one to come back.
          await page.reload();
        }
        await expect.poll(() => page.locator('#q-choices button').first().isEnabled(), { timeout: 15_000 }).toBe(true);
        if (i === 0 && page === cy) await expectAccessibleBothSchemes(page, 'player question', 'live-phone-question');
        // Cy always knows the answer (to follow score and streak through the drop); the others pick by seat.
        const choice = page === cy ? page.locator('#q-choices button', { hasText: rightAnswer.get(prompt)! }) : page.locator('#q-choices button').nth(j);
        await choice.click();
        await expect.poll(() => text(page, '#q-locked'), { timeout: 10_000 }).toMatch(/Locked in ✓/);
        expect(await page.locator('#q-choices button:enabled').count()).toBe(0);
        // The first to answer waits for the others: the locked-in screen holds still for its picture.
        if (i === 0 && j === 0) await screenshot(page, 'live-phone-locked');
        if (i === 1 && page === cy) {
          // The screen says the network is gone, and with it back the page reconnects by itself,
          // as the same player (a new socket in the same page, no reload), its answer still locked in.
          await cy.evaluate('window.samePage = true');
          await cy.context().setOffline(true);
          await expect.poll(() => text(cy, '#conn'), { timeout: 5_000 }).toMatch(/reconnecting/);
          await cy.context().setOffline(false);
          await expect.poll(() => cySockets.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(1);
          await expect.poll(() => text(cy, '#conn'), { timeout: 10_000 }).toBe('');
          expect(await cy.evaluate(`'samePage' in window`)).toBe(true);
          await expect.poll(() => text(cy, '#q-locked'), { timeout: 10_000 }).toMatch(/Locked in ✓/);
          expect(await cy.locator('#q-choices button:enabled').count()).toBe(0);
          expect(await text(cy, '#q-choices .is-chosen')).toContain(rightAnswer.get(prompt));
          // Before the reveal the score is the one before this question: 'joined' may not tell the answer.
          expect(await text(cy, '#me-score')).toBe(String(cyAfter[0].score));
        }
      }
      // All answered: the question closes without waiting for the clock.
      await visible(host, '#reveal-view');
      expect(await host.locator('#hr-choices li.is-right').count()).toBe(1);
      expect((await host.locator('#hr-source').textContent())?.length).toBeGreaterThan(10);
      for (const page of phones) await visible(page, '#result-view');
      expect(await text(cy, '#r-title')).toBe('Right!');
      cyAfter.push({ score: Number(await text(cy, '#r-score')), streak: Number(await text(cy, '#r-streak')) });
      if (i === 0) {
        await expectAccessibleBothSchemes(host, 'host reveal', 'live-host-reveal');
        await expectAccessibleBothSchemes(cy, 'player result', 'live-phone-result');
      }
      await host.keyboard.press('Space');
      if (i === 0) {
        await visible(host, '#board-view');
        expect(await host.locator('#board li').count()).toBe(3);
        await screenshot(host, 'live-host-leaderboard');
        await host.keyboard.press('Enter');
      }
    }
    // Score and streak came through the drop: both answers right, each adding to the last.
    expect(cyAfter[0].streak).toBe(1);
    expect(cyAfter[1].streak).toBe(2);
    expect(cyAfter[1].score).toBeGreaterThan(cyAfter[0].score);

    await visible(host, '#end-view');
    expect(await host.locator('#podium li').count()).toBe(3);
    // No one is left to remove once the game has ended.
    expect(await host.locator('.live-kick').count()).toBe(0);
    // Reduced motion: no confetti, and the podium steps stand still.
    expect(await host.locator('#confetti > *').count()).toBe(0);
    expect(await host.evaluate(`getComputedStyle(document.querySelector('.live-step')).animationName`)).toBe('none');
    for (const page of phones) {
      await visible(page, '#end-view');
      expect(await text(page, '#e-text')).toMatch(/You finished (1st|2nd|3rd)/);
    }
    expect(await text(cy, '#e-text')).toContain(`with ${cyAfter[1].score} points (2 right)`);
    await expectAccessibleBothSchemes(host, 'host podium', 'live-host-podium');
    await expectAccessibleBothSchemes(cy, 'player end', 'live-phone-end');

    // The game's plays are on the quiz's leaderboard.
    await expect
      .poll(async () => ((await (await fetch(`${server.url}/api/quizzes/${quiz.code}/leaderboard`)).json()) as any).total, { timeout: 10_000 })
      .toBe(3);
  });

  it('sounds on the host screen only when asked, and a phone whose pongs stop comes back on a new connection', async () => {
    const made = await post('/api/briefings', { text: BRIEFING });
    const { quiz, teacherKey } = await post('/api/quizzes', { briefingIds: [made.briefing.id], questionCount: 2 }, made.teacherKey);
    const { live } = await post(`/api/quizzes/${quiz.code}/live`, { timeLimitSec: 7 }, teacherKey);
    const hostCtx = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    // Every tone the page starts, by its pitch (the page makes its sounds with oscillators).
    await hostCtx.addInitScript(`
      window.tones = [];
      const make = AudioContext.prototype.createOscillator;
      AudioContext.prototype.createOscillator = function () {
        const o = make.call(this);
        const start = o.start.bind(o);
        o.start = (when) => { window.tones.push(o.frequency.value); start(when); };
        return o;
      };
    `);
    const tones = (page: Page) => page.evaluate('window.tones') as Promise<number[]>;
    const host = await hostCtx.newPage();
    const pings: string[] = [];
    host.on('websocket', (ws) => {
      ws.on('framesent', (f) => f.payload === 'ping' && pings.push('ping'));
      ws.on('framereceived', (f) => f.payload === 'pong' && pings.push('pong'));
    });
    await host.goto(`${server.url}/live/${live.code}/host#key=${teacherKey}`);
    await visible(host, '#lobby-view');
    const toggle = host.locator('#sound');
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');

    // The phone's pongs are swallowed on the way: to it the connection falls silent between messages.
    const phoneCtx = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true });
    let phoneSockets = 0;
    await phoneCtx.routeWebSocket(/\/api\/live\//, (ws) => {
      phoneSockets++;
      const upstream = ws.connectToServer();
      upstream.onMessage((m) => m !== 'pong' && ws.send(m));
    });
    const phone = await phoneCtx.newPage();
    await phone.goto(`${server.url}/live/${live.code}`);
    await visible(phone, '#join-view');
    await phone.locator('#name').fill('Ada');
    await phone.locator('#join').click();
    await visible(phone, '#wait-view');
    await expect.poll(() => host.locator('#lobby-players li').count(), { timeout: 10_000 }).toBe(1);

    // Sound off: a whole question and its reveal make no sound.
    await host.keyboard.press('Enter');
    await visible(host, '#question-view');
    await phone.locator('#q-choices button').first().click();
    await visible(host, '#reveal-view');
    expect(await tones(host)).toEqual([]);

    // Turned on, it says so, stays on after a reload, and starts with the host's next press.
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await expectAccessible(host, 'host reveal with sound on');
    await screenshot(host, 'live-host-sound-on');
    await host.reload();
    await visible(host, '#reveal-view');
    expect(await host.locator('#sound').getAttribute('aria-pressed')).toBe('true');
    await host.keyboard.press('Space');
    await visible(host, '#board-view');
    await host.keyboard.press('Enter');
    await visible(host, '#question-view');
    // Nobody answers: the clock closes the question, ticking through its last seconds, and the reveal chimes.
    await visible(host, '#reveal-view');
    const heard = await tones(host);
    const ticks = heard.filter((hz) => hz === 990 || hz === 1320);
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    expect(ticks.length).toBeLessThanOrEqual(5);
    expect(heard.filter((hz) => hz === 1320)).toHaveLength(1);
    expect(heard.slice(-3).map(Math.round)).toEqual([523, 659, 784]);
    await host.locator('#sound').click();
    expect(await host.locator('#sound').getAttribute('aria-pressed')).toBe('false');
    expect(await host.evaluate(`localStorage.getItem('debrief.live.sound')`)).toBe('off');

    // The host screen pings and hears pongs.
    await expect.poll(() => pings.includes('ping') && pings.includes('pong'), { timeout: 15_000 }).toBe(true);
    // The phone heard no pong: it leaves the quiet connection for a new one, as the same player.
    await expect.poll(() => phoneSockets, { timeout: 45_000 }).toBeGreaterThanOrEqual(2);
    await expect.poll(() => text(phone, '#conn'), { timeout: 10_000 }).toBe('');
    await visible(phone, '#result-view');
    await expect.poll(() => host.locator('#panel-players .is-away').count(), { timeout: 10_000 }).toBe(0);
  });
});
