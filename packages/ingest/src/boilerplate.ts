/**
 * Boilerplate removal: finds the lines of an article that are its prose,
 * and says why every other line is not (navigation, share and subscribe
 * boxes, cookie notices, price tickers, related posts, photo credits,
 * repeated headlines). Nothing outside the prose produces a statement.
 *
 * @since 0.1.0
 */
import { tokenize, type Token } from './nlp.js';

/**
 * A line of the article with its verdict (`IngestResult.lines`): only
 * `prose` and `list-item` lines (a bulleted point that reads as a
 * statement, its bullet left out) are read for statements.
 *
 * @example
 * import { ingestText } from '@stancelog/ingest'
 * const r = ingestText('Menu | World | Business\nKyiv rejected any territorial concessions on Friday, officials said.\nSubscribe to our newsletter.')
 * assert.ok(r._tag === 'Right')
 * assert.deepStrictEqual(r.right.lines.map((l) => [l.rule, l.content]), [['headline-or-navigation', false], ['prose', true], ['footer', false]])
 * @category pipeline
 * @since 0.1.0
 */
export interface ArticleLine {
  readonly start: number;
  readonly end: number;
  readonly content: boolean;
  /** The rule that classified the line (`prose`, `footer`, `credit`...). */
  readonly rule: string;
}

// Lines that start the site's footer: everything after them is boilerplate.
const FOOTER = /^(?:share(?: this(?: article)?)?|related(?: posts| articles| stories| news)?|read more|more from .{0,40}|leave a (?:comment|reply)|comments?|latest market prices|market data|about .{1,60}|contact(?: us)?|close|welcome to .{1,60}|subscribe.{0,60}|newsletter|you may also like|recommended(?: for you)?|trending|tags?:.*|most read|advertisement)$/i;
const CREDIT = /©|\(c\)\s|\b(?:photo(?:graph)?|image|picture|credit|source)s?\s*:|public domain|wikimedia commons|getty images|\/\s*(?:afp|reuters|ap|epa|anadolu)\b/i;
const NOTICE = /\bcookies?\b|privacy policy|\bsubscribe\b|\bnewsletter\b|\bsign up\b|email address|e-mail address|required fields|all rights reserved|terms of (?:use|service)|\bunsubscribe\b|log ?in to|create an account|click here|by clicking/i;
const TICKER = /[$€£]\s?\d[\d,.]*|\b\d+(?:\.\d+)?%\s*$/;
const TERMINAL = /[.!?…"”’»)]$/;
// A teaser cut short ("...as...") is a link preview or a related-post blurb.
const TEASER = /(?:\.\.\.|…)$/;

/**
 * Classifies the lines of `text[start, end)`; `title` (when known) marks
 * the headline and its repeats.
 *
 * @example
 * import { classifyLines } from './boilerplate.js'
 * const text = 'Menu\nKyiv rejected the demands on Friday, officials said.\nShare\nAbout us is here.'
 * const lines = classifyLines(text, 0, text.length)
 * assert.deepStrictEqual(lines.filter((l) => l.content).map((l) => text.slice(l.start, l.end)), ['Kyiv rejected the demands on Friday, officials said.'])
 * @category pipeline
 * @since 0.1.0
 * @internal
 */
export function classifyLines(text: string, start: number, end: number, title?: string): ArticleLine[] {
  const raw: Array<{ start: number; end: number; line: string; key: string; bulleted: boolean }> = [];
  const counts = new Map<string, number>();
  let i = start;
  // A lone carriage return ends a line too (a file saved by an old Mac editor); in "\r\n" both end one line.
  let cr = text.indexOf('\r', start);
  while (i < end) {
    let nl = text.indexOf('\n', i);
    if (nl < 0 || nl > end) nl = end;
    if (cr !== -1 && cr < i) cr = text.indexOf('\r', i);
    if (cr !== -1 && cr < nl) nl = cr;
    // Trim without a regex over the whole line (linear, no backtracking).
    let a = i;
    let b = nl;
    // "•" is trimmed as space, but says the line is a bulleted point.
    let bulleted = false;
    for (; a < b && isSpace(text.charCodeAt(a)); a++) if (text.charCodeAt(a) === 0x2022) bulleted = true;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    if (b > a) {
      const line = text.slice(a, b);
      const key = squash(line);
      raw.push({ start: a, end: b, line, key, bulleted });
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    i = text.charCodeAt(nl) === 0x0d && text.charCodeAt(nl + 1) === 0x0a ? nl + 2 : nl + 1;
  }
  const titleKey = title ? squash(title) : undefined;
  const out: ArticleLine[] = [];
  let proseSeen = 0;
  let inFooter = false;
  for (const { start: s, end: e, line, key, bulleted } of raw) {
    const short = line.length < 200;
    const marker = bulletAt(line);
    let rule = 'prose';
    if (inFooter) rule = 'footer';
    else if (short && proseSeen > 0 && FOOTER.test(line.replace(/^[•·*\-\s]+/, ''))) {
      inFooter = true;
      rule = 'footer';
    } else if (key === titleKey || (counts.get(key) ?? 0) > 1 || (titleKey !== undefined && key.startsWith(titleKey))) rule = 'repeated-headline';
    else if (short && CREDIT.test(line)) rule = 'credit';
    else if (short && NOTICE.test(line)) rule = 'site-notice';
    else if (short && TICKER.test(line) && wordCount(line) < 8) rule = 'ticker';
    else if ((bulleted || marker > 0) && listItem(line.slice(marker))) rule = 'list-item';
    else if (!TERMINAL.test(line)) rule = 'headline-or-navigation';
    else if (short && TEASER.test(line)) rule = 'teaser';
    else if (wordCount(line) < 6 && !shortSentence(line)) rule = 'too-short';
    if (rule === 'prose' || rule === 'list-item') proseSeen++;
    // A point is read from its first word: the bullet would stand before its subject.
    out.push({ start: rule === 'list-item' ? s + marker : s, end: e, content: rule === 'prose' || rule === 'list-item', rule });
  }
  return out;
}

// A bulleted point ("- ", "* ", "– "): where its words start, or 0 ("•"
// is trimmed as space before the line gets here).
const BULLET = /^(?:[-–*·•]\s+)+/;
function bulletAt(line: string): number {
  const m = BULLET.exec(line);
  return m ? m[0].length : 0;
}

// Bulleted points of a story are often sentences without their period
// ("• Russia demands that Kyiv drop its NATO bid"), or a party and its
// position ("- Ukraine: no recognition of occupied territory"); a menu's
// points are neither ("- Home", "• World news").
function listItem(text: string): boolean {
  if (wordCount(text) < 3) return false;
  const colon = text.indexOf(':');
  if (colon > 0 && wordCount(text.slice(0, colon)) <= 4 && /^[A-Z]/.test(text) && wordCount(text.slice(colon + 1)) >= 2) return true;
  return shortSentence(/[.!]["”’»)]?$/.test(text) ? text : `${text}.`);
}

// "Russia rejected a ceasefire.": a short line is prose when it is a whole
// sentence (a capital first, a period last, a subject and then a verb).
// Menus, bylines and datelines have no verb; site chrome ("Read more.",
// "Sign up now.") has no subject before it.
function shortSentence(line: string): boolean {
  if (!/^["“‘'(]?[A-Z]/.test(line) || !/[.!]["”’»)]?$/.test(line) || wordCount(line) < 2) return false;
  const { tokens } = tokenize(line, 0);
  for (let k = 1; k < tokens.length; k++) {
    if (isVerb(tokens, k)) return tokens.slice(0, k).some((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON');
  }
  return false;
}

const SUBJECT_END = /^(?:NOUN|PROPN|PRON|ADJ)$/;
const OBJECT_START = /^(?:DET|ADJ|NOUN|PROPN|NUM|PRON)$/;

// wink tags a verb as a verb, except now and then a third-person "-s" form
// between a subject and an object ("Ukraine demands a ceasefire": NOUN).
function isVerb(tokens: ReadonlyArray<Token>, k: number): boolean {
  const t = tokens[k]!;
  if (t.pos === 'VERB' || t.pos === 'AUX') return true;
  const next = tokens[k + 1];
  return t.pos === 'NOUN' && t.norm.endsWith('s') && t.lemma !== t.norm && SUBJECT_END.test(tokens[k - 1]!.pos) && next !== undefined && OBJECT_START.test(next.pos);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 160 || c === 0x2028 || c === 0x2029 || c === 0xfeff || c === 0x2022;
}

// The key lines are compared by: case, punctuation and HTML entities aside
// ("Talks &amp; aid" repeats the title "Talks & aid").
function squash(s: string): string {
  return s.toLowerCase().replace(/&(?:#x?[0-9a-f]{1,6}|[a-z]{2,8});/g, ' ').replace(/[^a-z0-9]+/g, ' ').trim();
}

function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const sp = s.charCodeAt(i) <= 32;
    if (!sp && !inWord) n++;
    inWord = !sp;
  }
  return n;
}
