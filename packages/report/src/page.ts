/**
 * The report's HTML page: a static shell, the data as embedded JSON, the
 * style and the page script inline (a module script loaded from a file://
 * address is refused by browsers, an inline one is not), and cytoscape as a
 * classic script next to it. Internal: `buildReport` renders the page and
 * writes it with its assets; the package does not export this module.
 *
 * @since 0.1.0
 */
import { constants } from 'node:buffer';
import type { FileHandle } from 'node:fs/promises';
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
 * and what comes after. The page whole would be one more copy of the data,
 * hundreds of megabytes for a large report.
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
  const [before, after] = pageShell(data, parts);
  return [before, scriptJson(data, parts.json), after];
}

/**
 * The page around its data: what comes before the embedded JSON and what
 * comes after. `buildReport` writes the data between them in pieces
 * ({@link jsonPieces}, each escaped with {@link scriptJson}), never as one
 * string.
 *
 * @example
 * import { pageShell } from './page.js'
 * const data = { version: 6, title: 'T', asOf: null, holders: [], reporters: [], issues: [], statements: {}, outweighed: [], withdrewNothing: [], positions: [], contradictions: [], statementIds: [], idLists: [], edges: [], frames: [], rules: {}, corrections: [], knownAt: null } as const
 * const [before, after] = pageShell(data, { style: '', script: '', cytoscapeSrc: 'c.js' })
 * assert.ok(before.endsWith('<script type="application/json" id="stancelog-data">') && after.startsWith('</script>'))
 * @category report
 * @since 0.1.0
 * @internal
 */
export function pageShell(data: ReportData, parts: Omit<PageParts, 'json'>): [string, string] {
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

// An object JSON writes by its own fields (no toJSON of its own): its fields can be written one by one.
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return (proto === Object.prototype || proto === null) && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}

/**
 * The JSON of an object in pieces that, joined, are `JSON.stringify(value)`:
 * each field's value that is an array or a plain object is given an item
 * at a time (a statement, a position), anything deeper whole. As one
 * string, a report's data of 200,000 statements (133 MB), with the page's
 * escaped copy and the bytes of each to write, put some 0.3 GB on
 * `stancelog report`'s peak of memory (1.1 GB, now 0.8 GB).
 *
 * @example
 * import { jsonPieces } from './page.js'
 * const data = { title: 'Talks', statements: { a: { quote: '</script>' }, b: undefined }, frames: [{ day: '2025-05-16' }, undefined], gone: undefined, rules: {} }
 * assert.strictEqual([...jsonPieces(data)].join(''), JSON.stringify(data))
 * assert.deepStrictEqual([...jsonPieces({})], ['{', '}'])
 * @category report
 * @since 0.1.0
 * @internal
 */
export function* jsonPieces(value: object): Generator<string> {
  yield '{';
  let comma = '';
  for (const [key, field] of Object.entries(value)) {
    const head = `${comma}${JSON.stringify(key)}:`;
    if (Array.isArray(field)) {
      yield `${head}[`;
      // An item JSON cannot write (undefined, a function) is null in an array, as JSON.stringify writes it.
      for (let i = 0; i < field.length; i++) yield `${i === 0 ? '' : ','}${JSON.stringify(field[i]) ?? 'null'}`;
      yield ']';
    } else if (isPlainObject(field)) {
      yield `${head}{`;
      let inner = '';
      // By its keys: a pair made for each of 200,000 statements was garbage at the report's peak of memory.
      for (const k of Object.keys(field)) {
        const json = JSON.stringify(field[k]);
        // Left out, as JSON.stringify leaves out a field it cannot write.
        if (json === undefined) continue;
        yield `${inner}${JSON.stringify(k)}:${json}`;
        inner = ',';
      }
      yield '}';
    } else {
      const json = JSON.stringify(field);
      if (json === undefined) continue;
      yield `${head}${json}`;
    }
    comma = ',';
  }
  yield '}';
}

// The JSON's pieces gathered to about this many characters a write: a write a piece would be hundreds of thousands.
const WRITE_CHARS = 1 << 20;

/** Writes all of `text` at the file's current place (a write may take only part of it). */
async function writeAll(file: FileHandle, text: string): Promise<void> {
  const bytes = Buffer.from(text);
  for (let at = 0; at < bytes.length; ) at += (await file.write(bytes, at)).bytesWritten;
}

/**
 * Writes the report's data as JSON to `dataFile` and, escaped, into the
 * page (`shell` around it) to `pageFile`, a piece at a time, never as one
 * string. False, once it knows, when the page's data would be longer than
 * the longest string JavaScript holds (`limit`): a browser reads it as
 * one, and could not.
 *
 * @example
 * import { mkdtempSync, readFileSync } from 'node:fs'
 * import { open } from 'node:fs/promises'
 * import { tmpdir } from 'node:os'
 * import { join } from 'node:path'
 * import { writeData } from './page.js'
 * import { reportData } from './report-data.js'
 * const dir = mkdtempSync(join(tmpdir(), 'data-'))
 * const data = reportData([], { title: '</script>' })
 * const [dataFile, pageFile] = [await open(join(dir, 'data.json'), 'w'), await open(join(dir, 'page.html'), 'w')]
 * assert.strictEqual(await writeData(data, dataFile, pageFile, ['<script>', '</script>']), true)
 * await dataFile.close(); await pageFile.close()
 * assert.strictEqual(readFileSync(join(dir, 'data.json'), 'utf8'), JSON.stringify(data) + '\n')
 * assert.ok(readFileSync(join(dir, 'page.html'), 'utf8').startsWith('<script>{"version":6,"title":"\\u003c/script>"'))
 * @category report
 * @since 0.1.0
 * @internal
 */
export async function writeData(data: ReportData, dataFile: FileHandle, pageFile: FileHandle, shell: readonly [string, string], limit = constants.MAX_STRING_LENGTH): Promise<boolean> {
  await writeAll(pageFile, shell[0]);
  let pieces: string[] = [];
  let chars = 0;
  let pageChars = 0;
  const flush = async (): Promise<boolean> => {
    const json = pieces.join('');
    pieces = [];
    chars = 0;
    // Escaped a piece at a time as a whole: each character is escaped alone.
    const escaped = scriptJson(undefined, json);
    pageChars += escaped.length;
    if (pageChars > limit) return false;
    await writeAll(dataFile, json);
    await writeAll(pageFile, escaped);
    return true;
  };
  // Compact: a report's data is read by programs, and indenting it made it half as large again.
  for (const piece of jsonPieces(data)) {
    pieces.push(piece);
    chars += piece.length;
    if (chars >= WRITE_CHARS && !(await flush())) return false;
  }
  if (!(await flush())) return false;
  await writeAll(dataFile, '\n');
  await writeAll(pageFile, shell[1]);
  return true;
}
