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
 * main (the main element's class, site layout), footer (yes: the site footer), css (one more
 * stylesheet, static/css/NAME.css, after app.css so its rules win ties) and body (the body's class).
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

const extraCss = (s) => (s.css ? `  <link rel="stylesheet" href="/css/${s.css}.css">\n` : '');

/** The two layouts: the player's pages (site) and the teacher's and operator's (tp). */
const LAYOUTS = {
  site: {
    meta: '  <meta name="color-scheme" content="light dark">\n',
    links: (s) => `  <link rel="icon" href="/favicon.svg" type="image/svg+xml">
  <link rel="stylesheet" href="/css/app.css">
${extraCss(s)}  <link rel="modulepreload" href="/js/api.js">
  <link rel="modulepreload" href="/js/ui.js">
  <link rel="modulepreload" href="/js/nicknames.js">
  <script type="module" src="/js/${s.script}.js"></script>
`,
    body: (s) => `<body${s.body ? ` class="${s.body}"` : ''}>\n  <a class="skip-link" href="#main">Skip to content</a>\n  <header class="site-header">`,
    brand: '<a class="brand" href="/"><img src="/favicon.svg" alt="" width="26" height="26">Debrief</a>',
    beforeMain: '  <noscript><p class="notice notice-warn container">Debrief needs JavaScript to load quizzes and briefings.</p></noscript>\n',
    mainClass: (s) => s.main ?? 'container',
  },
  tp: {
    meta: '',
    links: (s) => `  <link rel="icon" href="/favicon.svg" type="image/svg+xml">
  <link rel="stylesheet" href="/css/app.css">
  <link rel="stylesheet" href="/css/teacher.css">
  <script type="module" src="/js/${s.script}.js"></script>
`,
    body: () => '<body class="tp">\n  <a class="tp-skip" href="#main">Skip to content</a>\n  <header class="tp-header">',
    brand: '<a class="tp-brand" href="/">Debrief</a>',
    beforeMain: '',
    mainClass: () => 'tp-main',
  },
};

function shell({ settings: s, body }) {
  const layout = LAYOUTS[s.layout];
  if (!layout) throw new Error(`unknown layout ${s.layout}`);
  const footer = s.footer === 'yes' ? '  <footer class="site-footer">Debrief · every answer has a source</footer>\n' : '';
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
${layout.meta}${s.head ? `  ${s.head}\n` : ''}  <title>${s.title}</title>
${layout.links(s)}</head>
${layout.body(s)}
    ${layout.brand}
    ${s.nav}
  </header>
${layout.beforeMain}  <main id="main" class="${layout.mainClass(s)}">
${body}  </main>
${footer}</body>
</html>
`;
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
