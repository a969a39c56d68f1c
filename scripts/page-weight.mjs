// Measures what each page costs to load: the HTML and every same-origin resource it pulls in
// (stylesheets, scripts and their static imports, icons, images), each gzipped at level 6, the
// way the edge compresses text responses.
// Usage: node scripts/page-weight.mjs [server URL, default http://localhost:8787]
import { gzipSync } from 'node:zlib';

const base = new URL(process.argv[2] ?? 'http://localhost:8787');
/** The play page's budget from the browser issue: HTML + CSS + JS under 30 KB gzipped. */
const PLAY_BUDGET = 30 * 1024;

const cache = new Map();
async function load(url) {
  if (!cache.has(url)) {
    cache.set(
      url,
      (async () => {
        const res = await fetch(url, { headers: { 'accept-encoding': 'identity' } });
        if (!res.ok) throw new Error(`${url}: ${res.status}`);
        const body = Buffer.from(await res.arrayBuffer());
        return { type: res.headers.get('content-type') ?? '', body, gzip: gzipSync(body, { level: 6 }).length };
      })(),
    );
  }
  return cache.get(url);
}

const sameOrigin = (ref, from) => {
  try {
    const u = new URL(ref, from);
    return u.origin === base.origin ? u.href.replace(/#.*$/, '') : null;
  } catch {
    return null;
  }
};

/** Resources a file refers to, by its kind. */
function references(url, type, text) {
  const found = [];
  if (type.includes('html')) {
    for (const m of text.matchAll(/<(?:link|script|img|source)\b[^>]*?\b(?:href|src)\s*=\s*["']([^"']+)["'][^>]*>/gi)) {
      if (/<link\b/i.test(m[0]) && !/rel\s*=\s*["'][^"']*(stylesheet|icon|modulepreload|preload)/i.test(m[0])) continue;
      found.push(m[1]);
    }
  } else if (type.includes('javascript')) {
    for (const m of text.matchAll(/(?:^|[;\s])(?:import|export)\s[^'"`]*?from\s*["']([^"']+)["']|(?:^|[;\s])import\s*["']([^"']+)["']/g))
      found.push(m[1] ?? m[2]);
  } else if (type.includes('css')) {
    for (const m of text.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)|@import\s+["']([^"']+)["']/g)) found.push(m[1] ?? m[2]);
  }
  return found.map((r) => sameOrigin(r, url)).filter((u) => u && !u.startsWith('data:'));
}

async function measure(path) {
  const start = new URL(path, base).href;
  const seen = new Set();
  const queue = [start];
  const files = [];
  while (queue.length) {
    const url = queue.shift();
    if (seen.has(url)) continue;
    seen.add(url);
    const r = await load(url);
    files.push({ url, ...r });
    queue.push(...references(url, r.type, r.body.toString('utf8')));
  }
  return files;
}

async function pages() {
  const list = [['home', '/']];
  const { briefings } = await (await fetch(new URL('/api/briefings', base))).json();
  const b = briefings.find((x) => x.publicQuizCode) ?? briefings[0];
  if (b?.publicQuizCode) list.push(['play', `/q/${b.publicQuizCode}`], ['leaderboard', `/q/${b.publicQuizCode}/leaderboard`]);
  if (b) list.push(['briefing', `/b/${b.id}`]);
  list.push(['new (teacher)', '/new']);
  if (b?.publicQuizCode) list.push(['dashboard (teacher)', `/t/${b.publicQuizCode}`]);
  return list;
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const rows = [];
let over = false;
for (const [name, path] of await pages()) {
  const files = await measure(path);
  const raw = files.reduce((s, f) => s + f.body.length, 0);
  const gz = files.reduce((s, f) => s + f.gzip, 0);
  rows.push({ page: name, path, files: files.length, raw: kb(raw), gzip: kb(gz) });
  if (name === 'play') {
    over = gz > PLAY_BUDGET;
    for (const f of files) console.log(`  play  ${new URL(f.url).pathname.padEnd(28)} ${kb(f.body.length).padStart(9)} ${kb(f.gzip).padStart(9)} gz`);
  }
}
console.log();
const cols = ['page', 'path', 'files', 'raw', 'gzip'];
const width = Object.fromEntries(cols.map((c) => [c, Math.max(c.length, ...rows.map((r) => String(r[c]).length))]));
const line = (r) => cols.map((c) => (c === 'page' || c === 'path' ? String(r[c]).padEnd(width[c]) : String(r[c]).padStart(width[c]))).join('  ');
console.log(line(Object.fromEntries(cols.map((c) => [c, c]))));
for (const r of rows) console.log(line(r));
console.log(`\nplay page budget ${kb(PLAY_BUDGET)} gzipped: ${over ? 'OVER' : 'within'}`);
process.exit(over ? 1 : 0);
