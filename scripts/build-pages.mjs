// Writes static/NAME.html for each pages/NAME.html: one shell around each page's own body, so
// the head, header and footer are written once. The output is plain files for the assets binding,
// built (not committed) by wrangler's [build] step before `wrangler dev` and `wrangler deploy`, and
// by the test config before the Workers tests.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const PAGES = path.join(ROOT, 'pages');
const STATIC = path.join(ROOT, 'static');

/**
 * A page file opens with a comment of settings, one `key: value` a line:
 * layout (site: the player's pages; tp: the teacher's), title, script (static/js/NAME.js),
 * nav (the header's nav element), and optionally head (one more line before the title),
 * main (the main element's class, site layout) and footer (yes: the site footer).
 */
function parse(file) {
  const text = readFileSync(file, 'utf8');
  const m = /^<!--\n([\s\S]*?)\n-->\n/.exec(text);
  if (!m) throw new Error(`${file}: no settings comment at the top`);
  const settings = {};
  for (const line of m[1].split('\n')) {
    const at = line.indexOf(': ');
    if (at < 0) throw new Error(`${file}: not a setting: ${line}`);
    settings[line.slice(0, at).trim()] = line.slice(at + 2);
  }
  for (const key of ['layout', 'title', 'script', 'nav']) if (!settings[key]) throw new Error(`${file}: ${key} is missing`);
  return { settings, body: text.slice(m[0].length) };
}

function shell({ settings: s, body }) {
  const head = s.head ? `  ${s.head}\n` : '';
  if (s.layout === 'site') {
    return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="color-scheme" content="light dark">
${head}  <title>${s.title}</title>
  <link rel="icon" href="/favicon.svg" type="image/svg+xml">
  <link rel="stylesheet" href="/css/app.css">
  <link rel="modulepreload" href="/js/api.js">
  <link rel="modulepreload" href="/js/ui.js">
  <script type="module" src="/js/${s.script}.js"></script>
</head>
<body>
  <a class="skip-link" href="#main">Skip to content</a>
  <header class="site-header">
    <a class="brand" href="/"><img src="/favicon.svg" alt="" width="26" height="26">Debrief</a>
    ${s.nav}
  </header>
  <noscript><p class="notice notice-warn container">Debrief needs JavaScript to load quizzes and briefings.</p></noscript>
  <main id="main" class="${s.main ?? 'container'}">
${body}  </main>
${s.footer === 'yes' ? '  <footer class="site-footer">Debrief · every answer has a source</footer>\n' : ''}</body>
</html>
`;
  }
  if (s.layout === 'tp') {
    return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
${head}  <title>${s.title}</title>
  <link rel="stylesheet" href="/css/app.css">
  <link rel="stylesheet" href="/css/teacher.css">
  <script type="module" src="/js/${s.script}.js"></script>
</head>
<body class="tp">
  <a class="tp-skip" href="#main">Skip to content</a>
  <header class="tp-header">
    <a class="tp-brand" href="/">Debrief</a>
    ${s.nav}
  </header>
  <main id="main" class="tp-main">
${body}  </main>
</body>
</html>
`;
  }
  throw new Error(`unknown layout ${s.layout}`);
}

/** Writes every page into static/, leaving a file alone when it is already current. */
export function buildPages() {
  for (const name of readdirSync(PAGES).filter((f) => f.endsWith('.html'))) {
    const html = shell(parse(path.join(PAGES, name)));
    const file = path.join(STATIC, name);
    if (!existsSync(file) || readFileSync(file, 'utf8') !== html) writeFileSync(file, html);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) buildPages();
