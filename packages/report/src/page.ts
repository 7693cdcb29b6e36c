/**
 * The report's HTML page: a static shell, the data as embedded JSON, the
 * style and the page script inline (a module script loaded from a file://
 * address is refused by browsers, an inline one is not), and cytoscape as a
 * classic script next to it. Internal: `buildReport` renders the page and
 * writes it with its assets; the package does not export this module.
 *
 * @since 0.1.0
 */
import type { ReportData } from './report-data.js';

/**
 * Escapes text for HTML content and attribute values.
 *
 * @example
 * import { escapeHtml } from './page.js'
 * assert.strictEqual(escapeHtml('<a href="x">&</a>'), '&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;')
 * @category report
 * @since 0.1.0
 * @internal
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/**
 * JSON that is safe inside a `<script>` element: no `</script>`, no
 * `<!--`, no line separators that old parsers choke on.
 *
 * @example
 * import { scriptJson } from './page.js'
 * assert.strictEqual(scriptJson({ q: '</script>' }), '{"q":"\\u003c/script>"}')
 * // The value's JSON when the caller has it already.
 * assert.strictEqual(scriptJson(undefined, '{"q":"</script>"}'), '{"q":"\\u003c/script>"}')
 * @category report
 * @since 0.1.0
 * @internal
 */
export function scriptJson(value: unknown, json: string = JSON.stringify(value)): string {
  return json.replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/**
 * What goes into the page besides the data.
 * @category report
 * @since 0.1.0
 * @internal
 */
export interface PageParts {
  readonly style: string;
  readonly script: string;
  /** The address of cytoscape's script, relative to the page. */
  readonly cytoscapeSrc: string;
  /** `JSON.stringify(data)`, when the caller has it already (a large report's data is hundreds of megabytes). */
  readonly json?: string | undefined;
  /** The language of the log's text (`BuildReportOptions.lang`), which the script gives each piece of it. */
  readonly lang?: string | undefined;
}

/**
 * Renders the page.
 *
 * @example
 * import { renderPage } from './page.js'
 * const html = renderPage({ version: 6, title: 'Talks & <truce>', asOf: null, holders: [], reporters: [], issues: [], statements: {}, outweighed: [], withdrewNothing: [], positions: [], contradictions: [], statementIds: [], idLists: [], edges: [], frames: [], rules: {}, corrections: [], knownAt: null },
 *   { style: 'body{}', script: 'if (a </script> b) {}', cytoscapeSrc: 'assets/cytoscape.min.js' })
 * assert.ok(html.includes('<title>Talks &amp; &lt;truce&gt;</title>'))
 * assert.ok(html.includes('<script src="assets/cytoscape.min.js"></script>'))
 * assert.ok(html.includes('if (a <\\/script> b) {}')) // the inline script cannot close its element
 * @category report
 * @since 0.1.0
 * @internal
 */
export function renderPage(data: ReportData, parts: PageParts): string {
  return pageParts(data, parts).join('');
}

/**
 * The page in three parts: what comes before the embedded data, the data,
 * and what comes after. `buildReport` writes them one after the other: the
 * page whole would be one more copy of the data, hundreds of megabytes for
 * a large report.
 *
 * @example
 * import { pageParts } from './page.js'
 * const data = { version: 6, title: 'T', asOf: null, holders: [], reporters: [], issues: [], statements: {}, outweighed: [], withdrewNothing: [], positions: [], contradictions: [], statementIds: [], idLists: [], edges: [], frames: [], rules: {}, corrections: [], knownAt: null } as const
 * const [before, json, after] = pageParts(data, { style: '', script: '', cytoscapeSrc: 'c.js', json: '{"title":"</script>"}' })
 * assert.ok(before?.endsWith('<script type="application/json" id="stancelog-data">') && after?.startsWith('</script>'))
 * assert.strictEqual(json, '{"title":"\\u003c/script>"}')
 * @category report
 * @since 0.1.0
 * @internal
 */
export function pageParts(data: ReportData, parts: PageParts): [string, string, string] {
  const title = escapeHtml(data.title);
  // The page script must not end the inline element early.
  const script = parts.script.replace(/<\/script/gi, '<\\/script');
  return [
    `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="stancelog">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self' 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<title>${title}</title>
<style>
${parts.style}
</style>
</head>
<body${parts.lang !== undefined ? ` data-text-lang="${escapeHtml(parts.lang)}"` : ''}>
<header class="top">
  <div class="brand">
    <h1>${title}</h1>
    <p class="sub" id="summary"></p>
  </div>
  <nav>
    <a href="#matrix">Positions</a>
    <a href="#timeline">Timeline</a>
    <a href="#graph">Preconditions</a>
    <a href="#contradictions">Contradictions</a>
    <a href="#corrections">Corrections</a>
  </nav>
  <div class="asof" id="asof">
    <button type="button" id="prev" title="previous day with statements" aria-label="previous day with statements">&#9664;</button>
    <label for="slider">as of <output id="asof-day"></output></label>
    <input type="range" id="slider" min="0" max="0" step="1" value="0" list="slider-marks">
    <datalist id="slider-marks"></datalist>
    <button type="button" id="next" title="next day with statements" aria-label="next day with statements">&#9654;</button>
    <button type="button" id="play" title="replay the negotiation">Replay</button>
  </div>
</header>
<main>
  <section id="matrix">
    <h2>Positions <span class="hint">each holder's stance on each issue; hover for the latest quote, click for the history</span></h2>
    <div class="legend" id="legend"></div>
    <div class="scroll"><table class="matrix" id="matrix-table"></table></div>
  </section>
  <section id="timeline">
    <h2>Timeline <span class="hint">each holder's statements per issue; rings mark reversals, bands mark contradictions; click a name or a mark for the statements</span></h2>
    <div id="timeline-body"></div>
  </section>
  <section id="graph">
    <h2>Preconditions <span class="hint">an arrow A &rarr; B: the holder wants A settled before B; red halo: a cycle of conditions (deadlock); dashed: an issue and its sub-issues</span></h2>
    <div class="graph-wrap"><div id="graph-canvas"></div><div id="graph-legend" class="graph-legend"></div></div>
  </section>
  <section id="contradictions">
    <h2>Contradictions <span class="hint" id="contradictions-count"></span></h2>
    <ol class="contradictions" id="contradictions-list"></ol>
    <button type="button" class="more" id="contradictions-more" hidden></button>
  </section>
  <section id="corrections">
    <h2>Corrections <span class="hint" id="corrections-count">what the log took back, when and why, and what it put in its place: left out of every section above</span></h2>
    <ol class="corrections" id="corrections-list"></ol>
  </section>
</main>
<dialog id="detail" aria-labelledby="detail-title"><button type="button" class="close" id="detail-close" aria-label="close">&times;</button><div id="detail-body"></div></dialog>
<footer>Built by stancelog from ${escapeHtml(statementCount(Object.keys(data.statements).length))}. Static page: no server, no network.</footer>
<script type="application/json" id="stancelog-data">`,
    scriptJson(data, parts.json),
    `</script>
<script src="${escapeHtml(parts.cytoscapeSrc)}"></script>
<script type="module">
${script}
</script>
</body>
</html>
`,
  ];
}

// "1 statement", "2 statements".
function statementCount(n: number): string {
  return `${n} statement${n === 1 ? '' : 's'}`;
}
