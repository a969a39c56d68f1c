// Real Chromium against the app served by `wrangler dev` on a free port, with its own fresh local D1.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startServer as serve } from '../../scripts/serve.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
// SCREENSHOT_DIR elsewhere keeps a run's pictures out of the tree, to be looked at side by side.
export const SCREENSHOT_DIR = process.env.SCREENSHOT_DIR ?? path.join(ROOT, 'test-results', 'screenshots');

export interface Server {
  url: string;
  /** the server's OPERATOR_KEY, for the moderation page */
  operatorKey: string;
  stop(): Promise<void>;
}

/** The app served from the source tree by `wrangler dev`, with its own fresh local D1 (scripts/serve.mjs). */
export async function startServer(): Promise<Server> {
  return serve({ sources: true, readyPath: '/api/briefings' });
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-quic',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const vp = page.viewportSize();
  const file = path.join(SCREENSHOT_DIR, `${name}-${vp?.width ?? 0}x${vp?.height ?? 0}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

const AXE_SOURCE = readFileSync(path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core in the page and returns the serious and critical violations. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  // CSP forbids inline scripts from the page, but evaluate runs through the DevTools protocol.
  // Once per document: the source is half a megabyte to parse again for every check.
  if (!(await page.evaluate(`typeof axe === 'object'`))) await page.evaluate(AXE_SOURCE);
  const result = (await page.evaluate(`axe.run(document, { resultTypes: ['violations'] })`)) as { violations: AxeViolation[] };
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
