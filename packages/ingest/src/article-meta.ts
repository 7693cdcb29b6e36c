/**
 * Article metadata (publication date, address, publisher, title) from
 * options, a sidecar JSON file, a front-matter block, or an HTML page's own
 * markup, in that order: options win over the sidecar (which `ingestFiles`
 * merges into them: the file its user wrote for this article), the sidecar
 * over front matter, front matter over the page's markup.
 *
 * @since 0.1.0
 */
import { calendarProblem, isStatedAt, nearNames, statedAtProblem, statedWeekProblem } from '@stancelog/core';

/**
 * What is known about an article besides its text. Given to `ingestText`
 * (or `IngestFilesOptions.meta`), it wins over front matter and sidecar
 * files; `publishedAt` is cut to its day, and one that is no date (given
 * here, in front matter or in a sidecar file) is an `invalid-metadata` error.
 *
 * @example
 * import { ingestText, type ArticleMeta } from '@stancelog/ingest'
 * const meta: ArticleMeta = { publishedAt: '2025-05-17T09:30:00Z', publisher: 'Wire', url: 'https://example.com/a' }
 * const r = ingestText('---\npublisher: Gazette\ntitle: Talks stall\n---\nKyiv rejected any territorial concessions, officials said.', meta)
 * assert.ok(r._tag === 'Right')
 * assert.deepStrictEqual(r.right.meta, { publishedAt: '2025-05-17', publisher: 'Wire', url: 'https://example.com/a', title: 'Talks stall' })
 * assert.deepStrictEqual(r.right.statements[0]?.source.publisher, 'Wire')
 * @category input
 * @since 0.1.0
 */
export interface ArticleMeta {
  readonly publishedAt?: string | undefined;
  readonly url?: string | undefined;
  readonly publisher?: string | undefined;
  readonly title?: string | undefined;
}

/**
 * A front-matter block at the start of a text: its fields and its length
 * (the block is blanked, not cut, so offsets stay those of the file).
 * @category input
 * @since 0.1.0
 * @internal
 */
export interface FrontMatter {
  readonly meta: ArticleMeta;
  readonly length: number;
  /** Where each field was read: the key as written and its line in the file (1-based). */
  readonly fields: Partial<Record<keyof ArticleMeta, { readonly key: string; readonly line: number }>>;
  /**
   * Set when the block is never closed: a `---` line followed by `key: value`
   * lines and no `---` after them. Nothing is read from it then (`meta` is
   * empty, `length` 0), and {@link metaProblem} refuses the article.
   */
  readonly unclosed?: { readonly lastField: number };
}

const KEYS: Record<string, keyof ArticleMeta> = {
  publishedat: 'publishedAt', published_at: 'publishedAt', published: 'publishedAt', date: 'publishedAt',
  url: 'url', link: 'url', source: 'url', publisher: 'publisher', site: 'publisher', title: 'title',
};

const FIELD_LINE = /^\s*([A-Za-z_]+)\s*:\s*(.*?)\s*$/;

/**
 * Reads a `---` front-matter block of `key: value` lines, closed by `---`
 * or `...`. A block that is
 * never closed is returned as `unclosed` when a field follows its `---`;
 * a `---` followed by prose is a rule in the text, no front matter.
 *
 * @example
 * import { readFrontMatter } from './article-meta.js'
 * const fm = readFrontMatter('---\npublishedAt: 2025-05-16\ntitle: Talks\n---\nText.')
 * assert.strictEqual(fm?.meta.publishedAt, '2025-05-16')
 * assert.deepStrictEqual(readFrontMatter('---\npublishedAt: 2025-05-16\ntitle: Talks\nText.')?.unclosed, { lastField: 3 })
 * assert.strictEqual(readFrontMatter('---\nKyiv rejected the plan.'), undefined)
 * // Closed by YAML's end of document, as pandoc writes it.
 * assert.strictEqual(readFrontMatter('---\ntitle: Talks\n...\nText.')?.meta.title, 'Talks')
 * @category input
 * @since 0.1.0
 * @internal
 */
export function readFrontMatter(text: string): FrontMatter | undefined {
  const start = text.startsWith('\uFEFF') ? 1 : 0;
  if (!text.startsWith('---', start)) return undefined;
  const firstEnd = text.indexOf('\n', start);
  if (firstEnd < 0 || text.slice(start, firstEnd).trim() !== '---') return undefined;
  // Front matter is short: look for the closing line within 8 KB only. YAML's
  // end of document, "...", closes it too (pandoc writes it).
  const close = text.slice(firstEnd, firstEnd + 8192).search(/\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/);
  if (close < 0) {
    const lastField = unclosedFields(text.slice(firstEnd + 1, firstEnd + 8192));
    return lastField === undefined ? undefined : { meta: {}, length: 0, fields: {}, unclosed: { lastField } };
  }
  const body = text.slice(firstEnd + 1, firstEnd + close);
  const after = text.indexOf('\n', firstEnd + close + 1);
  const length = after < 0 ? text.length : after + 1;
  const meta: Record<string, string> = {};
  const fields: Record<string, { key: string; line: number }> = {};
  // The opening "---" is the file's first line: fields start on line 2.
  body.split(/\r?\n/).forEach((line, i) => {
    const m = FIELD_LINE.exec(line);
    if (!m) return;
    const key = KEYS[m[1]!.toLowerCase()];
    if (!key) return;
    meta[key] = fieldValue(m[2]!);
    fields[key] = { key: m[1]!, line: 2 + i };
  });
  return { meta: meta as ArticleMeta, length, fields };
}

/**
 * A front-matter value: its words when it is one quoted string as YAML
 * writes it (`"Talks stall"`, `'Talks stall'`, with `\"` or `''` for a
 * mark inside), else as written. A headline that opens with a quotation
 * mark (`"No tax, full stop," says Aalto`), which strict YAML refuses,
 * keeps its marks: taking off the first and the last mark alone cut its
 * opening one.
 *
 * @example
 * import { fieldValue } from './article-meta.js'
 * assert.strictEqual(fieldValue('"No wealth tax, full stop," says Aalto'), '"No wealth tax, full stop," says Aalto')
 * assert.strictEqual(fieldValue('"Talks stall"'), 'Talks stall')
 * assert.strictEqual(fieldValue('"\\"No,\\" says Aalto"'), '"No," says Aalto')
 * assert.strictEqual(fieldValue("'Aalto''s red line'"), "Aalto's red line")
 * assert.strictEqual(fieldValue('Talks "stall"'), 'Talks "stall"')
 * @category input
 * @since 0.1.0
 * @internal
 */
export function fieldValue(raw: string): string {
  const double = /^"((?:[^"\\]|\\.)*)"$/.exec(raw);
  if (double) return double[1]!.replace(/\\u([0-9a-fA-F]{4})|\\(.)/g, (_, code: string | undefined, c: string) => (code !== undefined ? String.fromCharCode(parseInt(code, 16)) : c));
  const single = /^'((?:[^']|'')*)'$/.exec(raw);
  if (single) return single[1]!.replace(/''/g, "'");
  return raw;
}

// The line (in the file, 1-based) of the last of the `key: value` lines
// that follow an opening "---" never closed, or undefined when what
// follows it is no field: the "---" is then a rule in the text.
function unclosedFields(after: string): number | undefined {
  let last: number | undefined;
  const lines = after.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim().length === 0) continue;
    if (!FIELD_LINE.test(line)) break;
    last = 2 + i;
  }
  return last;
}

/**
 * The field a metadata key means, with the spellings front matter accepts
 * (`date`, `published_at`, `link`, `site`...), in any case.
 *
 * @example
 * import { metaField } from './article-meta.js'
 * assert.deepStrictEqual([metaField('Date'), metaField('link'), metaField('titel')], ['publishedAt', 'url', undefined])
 * @category input
 * @since 0.1.0
 * @internal
 */
export function metaField(key: string): keyof ArticleMeta | undefined {
  return KEYS[key.toLowerCase()];
}

/**
 * Whether a publication date is one: a stated time (`2025-06-04`,
 * `2025-06`, `2025-W23`, an ISO timestamp), or a day with a time after it
 * (`2025-06-04 10:00:00 +0200`, as blog front matter writes it).
 *
 * @example
 * import { isPublicationDate } from './article-meta.js'
 * assert.deepStrictEqual(['2025-06-04', '2025-06-04 10:00:00 +0200', 'last tuesday', '2025-13-01'].map(isPublicationDate), [true, true, false, false])
 * assert.deepStrictEqual(['2025-02-03T24:00:00Z', '2025-02-03 24:00', '2025-04-31 10:00'].map(isPublicationDate), [false, false, false])
 * @category input
 * @since 0.1.0
 * @internal
 */
export function isPublicationDate(value: string): boolean {
  if (statedWeekProblem(value) !== undefined) return false;
  // A site's own timestamp form ("2025-06-04 10:00:00 +0200") is read by its day, but not past a time that does not exist.
  return isStatedAt(value) || (/^\d{4}-\d{2}-\d{2}[T ]\d/.test(value) && isStatedAt(value.slice(0, 10)) && !impossibleTime(value));
}

// `T24:00`, `T09:60`: the hours, minutes and seconds of a day-and-time, out of range.
function impossibleTime(value: string): boolean {
  const m = /^\d{4}-\d{2}-\d{2}[T ](\d{2}):(\d{2})(?::(\d{2}))?/.exec(value);
  return m !== null && (+m[1]! > 23 || +m[2]! > 59 || (m[3] !== undefined && +m[3] > 59));
}

/**
 * What is wrong with an article's metadata, as a message naming the source
 * and the field (and, in front matter, its line), or undefined when nothing
 * is: a `publishedAt` that is no date, given or in front matter (where a
 * date given, which takes its place, leaves it unread), a field of the
 * metadata given that is none of its own, or a front-matter block that is
 * never closed.
 *
 * @example
 * import { metaProblem, readFrontMatter } from './article-meta.js'
 * const text = '---\ntitle: Talks\ndate: last tuesday\n---\nText.'
 * assert.strictEqual(metaProblem({}, readFrontMatter(text), 'a.md'), 'a.md: front matter line 3: date: "last tuesday" is not a date or timestamp (expected YYYY-MM-DD, YYYY-MM, YYYY-Www or an ISO timestamp)')
 * assert.strictEqual(metaProblem({ publishedAt: 'yesterday' }, undefined, '<text>'), '<text>: publishedAt: "yesterday" is not a date or timestamp (expected YYYY-MM-DD, YYYY-MM, YYYY-Www or an ISO timestamp)')
 * assert.strictEqual(metaProblem({ publishedAt: '2025-06-04' }, readFrontMatter('---\ndate: 2025-06-03\n---\nText.'), 'a.md'), undefined)
 * // A date given takes the place of one in front matter that is none.
 * assert.strictEqual(metaProblem({ publishedAt: '2025-06-04' }, readFrontMatter(text), 'a.md'), undefined)
 * // A field the metadata has not, from JavaScript: named, with the one meant.
 * assert.strictEqual(metaProblem({ publishedat: '2025-06-04' } as never, undefined, '<text>'), '<text>: meta: unknown field "publishedat" (did you mean "publishedAt"?)')
 * // A block never closed is refused, whatever else is given.
 * assert.strictEqual(metaProblem({ publishedAt: '2025-06-04' }, readFrontMatter('---\ndate: 2025-06-03\nText.'), 'a.md'), 'a.md: front matter line 1: the "---" that opens it is never closed (add a "---" line after its last field, line 2)')
 * @category input
 * @since 0.1.0
 * @internal
 */
export function metaProblem(meta: ArticleMeta, front: FrontMatter | undefined, source: string): string | undefined {
  if (meta.publishedAt !== undefined && meta.publishedAt.length > 0 && !isPublicationDate(meta.publishedAt)) {
    return `${source}: publishedAt: ${notADate(meta.publishedAt)}`;
  }
  // Given from JavaScript, a misspelt field ("publishedat") was passed over, and the article read undated.
  const given = sidecarProblem(meta);
  if (given !== undefined) return `${source}: meta: ${given}`;
  if (front?.unclosed) {
    return `${source}: front matter line 1: the "---" that opens it is never closed (add a "---" line after its last field, line ${front.unclosed.lastField})`;
  }
  const fm = front?.meta.publishedAt;
  // A date given (an option, a sidecar file) takes the place of the front matter's: its words no longer matter.
  const dated = meta.publishedAt !== undefined && meta.publishedAt.length > 0;
  if (front && !dated && fm !== undefined && fm.length > 0 && !isPublicationDate(fm)) {
    const at = front.fields.publishedAt;
    return `${source}: front matter${at ? ` line ${at.line}: ${at.key}` : ' publishedAt'}: ${notADate(fm)}`;
  }
  return undefined;
}

/**
 * The message for a publication date that is none: the words of the core
 * `StatedAt` codec ({@link statedAtProblem}), as a statement's `statedAt`
 * is refused with.
 *
 * @example
 * import { notADate } from './article-meta.js'
 * assert.strictEqual(notADate('soon'), '"soon" is not a date or timestamp (expected YYYY-MM-DD, YYYY-MM, YYYY-Www or an ISO timestamp)')
 * assert.strictEqual(notADate('2025-13-01'), '2025-13-01 is not a day of the calendar (months run from 01 to 12)')
 * @category input
 * @since 0.1.0
 * @internal
 */
export function notADate(value: string): string {
  // A week 53 its year lacks reads as the next year's first week: said as such.
  const week = statedWeekProblem(value);
  if (week !== undefined) return week;
  // As the codec words it: what the calendar lacks alone, the value named with the forms otherwise.
  return calendarProblem(value) ?? `${JSON.stringify(value)} is ${statedAtProblem(value) ?? 'not a date or timestamp'}`;
}

/**
 * Merges metadata sources, first wins, and cuts a publication date to its
 * day (`2025-05-16T08:00:00Z` is `2025-05-16`); one that is no date is
 * dropped here, and refused before by {@link metaProblem}.
 *
 * @example
 * import { mergeMeta } from './article-meta.js'
 * assert.deepStrictEqual(mergeMeta({ url: 'u' }, { url: 'v', publishedAt: '2025-05-16T08:00:00Z' }), { url: 'u', publishedAt: '2025-05-16' })
 * @category input
 * @since 0.1.0
 * @internal
 */
export function mergeMeta(...sources: ReadonlyArray<ArticleMeta | undefined>): ArticleMeta {
  const out: Record<string, string> = {};
  for (const s of sources) {
    if (!s) continue;
    for (const [k, v] of Object.entries(s)) {
      if (typeof v === 'string' && v.length > 0 && out[k] === undefined) out[k] = v;
    }
  }
  if (out.publishedAt !== undefined) {
    const day = out.publishedAt.slice(0, 10);
    if (isPublicationDate(out.publishedAt) && isStatedAt(day)) out.publishedAt = day;
    else delete out.publishedAt;
  }
  return out as ArticleMeta;
}

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
// "VARNHOLM, 4 March 2026 -", "KYIV (Reuters), March 4, 2026 —", "Geneva, 2026-03-04 –", "TEHRAN/VIENNA, Nov 24": a
// place in capitals (or capitalised words), a comma, a full date, a dash; the agency may stand
// after the place or after the date ("KYIV, June 4, 2025 (AP) —").
// A phrase of time or place that opens a sentence ("On Tuesday, June 3, 2025 - the day talks
// opened - ...", "In Kyiv, June 3, ...") is no place of a dateline.
// The year may be left out, as wires do ("HALDEN, Oct 20 (Reuters) -"): the day is then the article's own, and the
// dateline only stands apart from the words after it.
const DATELINE = new RegExp(
  `^[ \\t]*(?!(?:On|In|At|By|From|Since|Until|Before|After|During|Early|Late|Last|Next|Earlier|Later)[ \\t])(?:[A-Z][A-Za-z.'’/-]*[ \\t]+){0,3}[A-Z][A-Za-z.'’/-]*[ \\t]*(?:\\([^)\\n]{1,40}\\)[ \\t]*)?,[ \\t]*` +
    `(?:(\\d{1,2})[ \\t]+${MONTH}(?:[ \\t]+(\\d{4}))?|${MONTH}[ \\t]+(\\d{1,2})(?:,?[ \\t]+(\\d{4}))?|(\\d{4}-\\d{2}-\\d{2}))[ \\t]*(?:\\([^)\\n]{1,40}\\)[ \\t]*)?[-–—]`,
);

/**
 * The date of an article's dateline, in its first lines (a title may come
 * first): "VARNHOLM, 4 March 2026 - Drivers stayed out..." is 2026-03-04. It
 * dates an article given no date otherwise (options, sidecar, front matter
 * and markup come first).
 *
 * @example
 * import { datelineDate } from './article-meta.js'
 * assert.strictEqual(datelineDate('Drivers stay out\n\nVARNHOLM, 4 March 2026 - Drivers stayed out.'), '2026-03-04')
 * assert.strictEqual(datelineDate('KYIV (Reuters), March 4, 2026 — Talks resumed.'), '2026-03-04')
 * assert.strictEqual(datelineDate('KYIV, March 4, 2026 (AP) — Talks resumed.'), '2026-03-04')
 * // A wire's dateline without its year dates nothing: the article's own date does.
 * assert.strictEqual(datelineDate('HALDEN, Oct 20 (Reuters) - The Greens demanded a wealth tax on Monday.'), undefined)
 * assert.strictEqual(datelineDate('Talks resumed on 4 March 2026 - the third round.'), undefined)
 * assert.strictEqual(datelineDate('On Tuesday, June 3, 2025 - the day talks opened - Kyiv met Moscow.'), undefined)
 * @category input
 * @since 0.1.0
 * @internal
 */
export function datelineDate(text: string): string | undefined {
  return openingDateline(text)?.date;
}

// A line of prose: six words or more, ending as a sentence ends.
const PROSE_LINE = /^\s*(?:\S+\s+){5,}\S*[.!?]["”’)]*\s*$/;

/**
 * The article's own dateline, the one {@link datelineDate} reads (before
 * the first line of prose, among its first lines: a title, a byline and a
 * site's navigation may come first): where its line starts, where the words after it start
 * (dash and spaces after it included: "GENEVA, June 4, 2025 - "), and its
 * date, if a valid one. A later paragraph opening like a dateline (a roundup's
 * "MOSCOW, June 2, 2025 - ...", "Russia, March 4, 2022 - the day ...") is none.
 *
 * @example
 * import { openingDateline } from './article-meta.js'
 * const text = 'Talks\n\nKYIV (Reuters), March 4, 2026 — Talks resumed.'
 * assert.deepStrictEqual(openingDateline(text), { start: 7, end: text.indexOf('Talks resumed'), date: '2026-03-04' })
 * assert.strictEqual(openingDateline('Talks resumed on 4 March 2026 - the third round.'), undefined)
 * assert.deepStrictEqual(openingDateline('HALDEN, Oct 20 (Reuters) - Talks resumed.'), { start: 0, end: 27, date: undefined })
 * // After a title, a byline and a site's navigation; not after a sentence of prose.
 * assert.strictEqual(openingDateline('Flow talks open\nBy Ana Petrescu\nHome | World | Water\n\nBRENNA, May 5, 2026 (Meridian) - Talks opened.')?.date, '2026-05-05')
 * assert.strictEqual(openingDateline('Talks resumed in Geneva on Monday after a pause.\n\nBRENNA, May 5, 2026 - Talks opened.'), undefined)
 * @category input
 * @since 0.1.0
 * @internal
 */
export function openingDateline(text: string): { start: number; end: number; date: string | undefined } | undefined {
  let seen = 0;
  let start = 0;
  for (const line of text.slice(0, 4000).split('\n')) {
    const lineStart = start;
    start += line.length + 1;
    if (line.trim().length === 0) continue;
    if (++seen > 8) break;
    const m = DATELINE.exec(line);
    // Titles, bylines, a site's navigation may stand before it; a sentence of prose may not.
    if (!m && PROSE_LINE.test(line)) break;
    if (!m) continue;
    const [day, monthName, year] = m[1] !== undefined ? [m[1], m[2]!, m[3]] : m[5] !== undefined ? [m[5], m[4]!, m[6]] : [m[7]!.slice(8), '', m[7]!.slice(0, 4)];
    const month = monthName ? MONTH_NAMES.indexOf(monthName.slice(0, 3).toLowerCase()) + 1 : Number(m[7]!.slice(5, 7));
    const value = `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
    const valid = year !== undefined && isStatedAt(value) && !Number.isNaN(Date.parse(value)) && new Date(value).toISOString().slice(0, 10) === value;
    let end = m[0].length;
    while (end < line.length && /\s/.test(line[end]!)) end++;
    // Where its words start: front matter blanked out to spaces (offsets kept) stands before them on their line.
    const indent = line.length - line.trimStart().length;
    return { start: lineStart + indent, end: lineStart + end, date: valid ? value : undefined };
  }
  return undefined;
}

const SIDECAR_FIELDS: ReadonlyArray<keyof ArticleMeta> = ['publishedAt', 'url', 'publisher', 'title'];

/**
 * What is wrong with an article's metadata (a sidecar file's JSON, or the
 * `meta` given to `ingestText`), or undefined: it must be an
 * object of the fields `publishedAt`, `url`, `publisher` and `title`, all
 * strings, with a date as `publishedAt`. A misspelt field is named, with
 * the field it is closest to.
 *
 * @example
 * import { sidecarProblem } from './article-meta.js'
 * assert.strictEqual(sidecarProblem({ titel: 'Talks', publishedAt: '2025-06-04' }), 'unknown field "titel" (did you mean "title"?)')
 * assert.strictEqual(sidecarProblem({ date: '2025-06-04' }), 'unknown field "date" (did you mean "publishedAt"?)')
 * assert.strictEqual(sidecarProblem({ author: 'A. Writer' }), 'unknown field "author" (the fields are publishedAt, url, publisher, title)')
 * assert.strictEqual(sidecarProblem({ publishedAt: 'last tuesday' }), 'publishedAt: "last tuesday" is not a date or timestamp (expected YYYY-MM-DD, YYYY-MM, YYYY-Www or an ISO timestamp)')
 * assert.strictEqual(sidecarProblem({ title: 3 }), 'title: expected a string, got 3')
 * assert.strictEqual(sidecarProblem({ title: 'Talks', url: 'https://example.com/a' }), undefined)
 * @category input
 * @since 0.1.0
 * @internal
 */
export function sidecarProblem(json: unknown): string | undefined {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return `expected an object of metadata fields (${SIDECAR_FIELDS.join(', ')}), got ${JSON.stringify(json)}`;
  }
  for (const [key, value] of Object.entries(json)) {
    if (!(SIDECAR_FIELDS as ReadonlyArray<string>).includes(key)) {
      const near = metaField(key) ?? nearNames(key, SIDECAR_FIELDS, 1)[0];
      return `unknown field ${JSON.stringify(key)} (${near ? `did you mean ${JSON.stringify(near)}?` : `the fields are ${SIDECAR_FIELDS.join(', ')}`})`;
    }
    if (typeof value !== 'string') return `${key}: expected a string, got ${JSON.stringify(value)}`;
    if (key === 'publishedAt' && value.length > 0 && !isPublicationDate(value)) return `publishedAt: ${notADate(value)}`;
  }
  return undefined;
}
