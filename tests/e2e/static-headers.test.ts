// Under `wrangler dev`, static files come from the assets with the headers of static/_headers, not
// through the Worker (the Workers test pool calls the Worker directly, so this is checked here).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Server, startServer } from './harness';

const SECURITY = [
  'content-security-policy',
  'x-content-type-options',
  'referrer-policy',
  'strict-transport-security',
  'x-frame-options',
  'cross-origin-opener-policy',
  'permissions-policy',
];

let server: Server;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.stop();
});

describe('static files', () => {
  it('carry the security headers the Worker puts on its own answers', async () => {
    const worker = await fetch(`${server.url}/api/health`);
    expect(worker.status).toBe(200);
    for (const name of SECURITY) expect(worker.headers.get(name), name).toBeTruthy();
    for (const path of ['/', '/new', '/admin', '/css/app.css', '/js/api.js', '/favicon.svg', '/docs.html', '/q/ABCDEF', '/nope.html']) {
      const res = await fetch(`${server.url}${path}`);
      await res.arrayBuffer();
      expect(res.status, path).toBe(path === '/nope.html' ? 404 : 200);
      for (const name of SECURITY) expect(res.headers.get(name), `${path}: ${name}`).toBe(worker.headers.get(name));
    }
  });

  it('answer a wrong address with a page for a browser and with the JSON error for a script', async () => {
    const browser = await fetch(`${server.url}/no-such-page`, { headers: { accept: 'text/html,application/xhtml+xml' } });
    expect(browser.status).toBe(404);
    expect(browser.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await browser.text()).toContain('Nothing is here');
    for (const name of SECURITY) expect(browser.headers.get(name), name).toBeTruthy();
    const script = await fetch(`${server.url}/no-such-page`);
    expect(script.status).toBe(404);
    expect(((await script.json()) as { error: { code: string } }).error.code).toBe('not_found');
  });

  it('do not serve the headers file itself', async () => {
    const res = await fetch(`${server.url}/_headers`);
    expect(res.status).toBe(404);
  });
});
