/**
 * Boilerplate removal: finds the lines of an article that are its prose,
 * and says why every other line is not (navigation, share and subscribe
 * boxes, cookie notices, price tickers, related posts, photo credits,
 * repeated headlines). Nothing outside the prose produces a statement.
 *
 * @since 0.1.0
 */
import { tokenize, type Token } from './nlp.js';
import { paragraphUnits, proseText, type RawLine } from './hard-wrap.js';
import { CREDIT, FOOTER, NOTICE, TERMINAL, TEASER, TICKER, bulletAt, wordCount } from './page-furniture.js';

/**
 * A line of the article with its verdict (`IngestResult.lines`): only
 * `prose` and `list-item` lines (a bulleted point that reads as a
 * statement, its bullet left out) are read for statements. A paragraph
 * hard-wrapped over several lines that reads as prose is one entry, from
 * its first line's first word to its last line's end; every line set
 * aside is an entry of its own.
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

/**
 * Classifies the lines of `text[start, end)`; `title` (when known) marks
 * the headline and its repeats. The lines of a hard-wrapped paragraph
 * (plain text broken at ~72 columns, as e-mail, wire copy and many `.txt`
 * exports are) are one unit when the text runs on across their breaks:
 * read whole, as prose, from its first line's start to its last line's
 * end (read it with `proseText`, hard-wrap.ts). A paragraph that is not prose as
 * a whole is classified line by line, as any other line.
 *
 * @example
 * import { classifyLines } from './boilerplate.js'
 * const text = 'Menu\nKyiv rejected the demands on Friday, officials said.\nShare\nAbout us is here.'
 * const lines = classifyLines(text, 0, text.length)
 * assert.deepStrictEqual(lines.filter((l) => l.content).map((l) => text.slice(l.start, l.end)), ['Kyiv rejected the demands on Friday, officials said.'])
 * // A wrapped paragraph is one unit of prose; the short headline above it stays out.
 * const wrapped = 'Talks stall\n\nKyiv rejected the demands of the delegation in Geneva on Friday, as\nthe talks on the future of the region stalled once more, officials said.\n'
 * assert.deepStrictEqual(classifyLines(wrapped, 0, wrapped.length).map((l) => [l.rule, wrapped.slice(l.start, l.end).split('\n').length]), [['headline-or-navigation', 1], ['prose', 2]])
 * @category pipeline
 * @since 0.1.0
 * @internal
 */
export function classifyLines(text: string, start: number, end: number, title?: string): ArticleLine[] {
  const raw: RawLine[] = [];
  const counts = new Map<string, number>();
  let i = start;
  // A blank line (or the start) before a line: a paragraph can start nowhere else in a run of lines.
  let afterBlank = true;
  // A lone carriage return ends a line too (a file saved by an old Mac editor); in "\r\n" both end one line.
  let cr = text.indexOf('\r', start);
  // The depth of quoting of the line before (0: not quoted).
  let levels = 0;
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
    // Quoted mail ("> ", "> > ", ">>"): the prefix is no part of the line's words,
    // unless its marks go on the sentence of the line above ("more than" / "> 30 days").
    let depth = quoteDepth(text, a, b);
    if (depth.levels > levels && !afterBlank && marksGoOn(raw[raw.length - 1]!.line, text.slice(depth.words, b))) depth = quoteDepth(text, a, b, levels);
    a = depth.words;
    for (; a < b && isSpace(text.charCodeAt(a)); a++) if (text.charCodeAt(a) === 0x2022) bulleted = true;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    if (b > a) {
      const line = text.slice(a, b);
      const key = squash(line);
      // A run of quoted lines starts and ends where the depth of quoting changes, as at a blank line.
      raw.push({ start: a, end: b, line, key, bulleted, lineStart: i, afterBlank: afterBlank || depth.levels !== levels });
      counts.set(key, (counts.get(key) ?? 0) + 1);
      afterBlank = false;
      levels = depth.levels;
    } else afterBlank = true;
    i = text.charCodeAt(nl) === 0x0d && text.charCodeAt(nl + 1) === 0x0a ? nl + 2 : nl + 1;
  }
  const units = paragraphUnits(raw);
  // A paragraph repeated, or the title wrapped, is compared whole, as a line is.
  const joined = new Map<number, { line: string; key: string }>();
  for (const [first, last] of units) {
    if (first === last) continue;
    const line = proseText(text, raw[first]!.start, raw[last]!.end);
    const key = squash(line);
    joined.set(first, { line, key });
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const state: ClassifyState = { titleKey: title ? squash(title) : undefined, counts, proseSeen: 0, inFooter: false };
  const out: ArticleLine[] = [];
  for (let u = 0; u < units.length; u++) {
    const [first, last] = units[u]!;
    // "The union demanded on Sunday:" and the points under it: one sentence, each point an object of its verb.
    const listed = state.inFooter ? u : leadInEnd(raw, units, u);
    if (listed > u) {
      state.proseSeen++;
      out.push({ start: raw[first]!.start, end: raw[units[listed]![1]]!.end, content: true, rule: 'listed-objects' });
      u = listed;
      continue;
    }
    const whole = joined.get(first);
    // The rule of the joined lines as a whole, when they are not prose.
    let unitRule: string | undefined;
    if (whole) {
      const marker = bulletAt(whole.line);
      const rule = classifyLine(whole.line, whole.key, raw[first]!.bulleted, marker, state);
      unitRule = rule;
      // Not prose as a whole: judged line by line below, for a footer's first line among them.
      if (rule === 'prose' || rule === 'list-item') {
        state.proseSeen++;
        out.push({ start: rule === 'list-item' ? raw[first]!.start + marker : raw[first]!.start, end: raw[last]!.end, content: true, rule });
        continue;
      }
    }
    for (let k = first; k <= last; k++) {
      const { start: s, end: e, line, key, bulleted } = raw[k]!;
      const marker = bulletAt(line);
      let rule = classifyLine(line, key, bulleted, marker, state);
      // A line after the first goes on a sentence the unit is: never a sentence of its own, its rule is the unit's
      // (a wrapped site notice's second line would be read as a statement quoted from the middle of a sentence).
      if (k > first && unitRule !== undefined && (rule === 'prose' || rule === 'list-item')) rule = unitRule;
      if (rule === 'footer') state.inFooter = true;
      if (rule === 'prose' || rule === 'list-item') state.proseSeen++;
      // A point is read from its first word: the bullet would stand before its subject.
      out.push({ start: rule === 'list-item' ? s + marker : s, end: e, content: rule === 'prose' || rule === 'list-item', rule });
    }
  }
  return out;
}

// The last unit of the points a lead-in at unit `u` introduces ("The union demanded on Sunday:" and, under it, "- a
// shorter working week", "- an end to zero-hours contracts"), or `u` when it introduces none: a line of its own that
// ends in a colon and is a sentence up to it, then one-line points that are no sentences of their own (those are
// read as points, each a statement).
function leadInEnd(raw: ReadonlyArray<RawLine>, units: ReadonlyArray<readonly [number, number]>, u: number): number {
  const [first, last] = units[u]!;
  const lead = raw[first]!;
  if (first !== last || lead.bulleted || bulletAt(lead.line) > 0 || !lead.line.endsWith(':') || !(shortSentence(`${lead.line.slice(0, -1)}.`) || termsLeadIn(lead.line))) return u;
  let end = u;
  for (let v = u + 1; v < units.length; v++) {
    const [a, b] = units[v]!;
    const item = raw[a]!;
    const marker = bulletAt(item.line);
    if (a !== b || !(item.bulleted || marker > 0) || wordCount(item.line.slice(marker)) < 2 || listItem(item.line.slice(marker))) break;
    end = v;
  }
  return end;
}

interface ClassifyState {
  readonly titleKey: string | undefined;
  readonly counts: ReadonlyMap<string, number>;
  proseSeen: number;
  inFooter: boolean;
}

// The rule for one line (or one paragraph of joined lines), given what came before it.
function classifyLine(line: string, key: string, bulleted: boolean, marker: number, state: ClassifyState): string {
  const short = line.length < 200;
  const { titleKey } = state;
  if (state.inFooter) return 'footer';
  if (short && state.proseSeen > 0 && FOOTER.test(line.replace(/^[•·*\-\s]+/, ''))) return 'footer';
  if (key === titleKey || (state.counts.get(key) ?? 0) > 1 || (titleKey !== undefined && key.startsWith(titleKey))) return 'repeated-headline';
  if (short && CREDIT.test(line)) return 'credit';
  if (short && NOTICE.test(line)) return 'site-notice';
  if (short && TICKER.test(line) && wordCount(line) < 8) return 'ticker';
  if ((bulleted || marker > 0) && listItem(line.slice(marker))) return 'list-item';
  if (!TERMINAL.test(line)) return 'headline-or-navigation';
  if (short && TEASER.test(line)) return 'teaser';
  if (wordCount(line) < 6 && !shortSentence(line)) return 'too-short';
  return 'prose';
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

// "Under the plan:", "Under the final agreement, announced on Friday:" (reviews of school, congestion and sugar talks): a
// lead-in with no verb, to the terms listed under it.
function termsLeadIn(line: string): boolean {
  return /^Under\s/.test(line) && wordCount(line) <= 15;
}

// "Russia rejected a ceasefire.": a short line is prose when it is a whole
// sentence (a capital first, a period last, a subject and then a verb).
// Menus, bylines and datelines have no verb; site chrome ("Read more.",
// "Sign up now.") has no subject before it.
function shortSentence(line: string): boolean {
  if (!/^["“‘'(]?[A-Z]/.test(line) || !/[.!]["”’»)]?$/.test(line) || wordCount(line) < 2) return false;
  const { tokens } = tokenize(line, 0);
  for (let k = 1; k < tokens.length; k++) {
    if (isVerb(tokens, k)) return tokens.slice(0, k).some((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON') || inverted(tokens, k);
  }
  return false;
}

// Words that put the auxiliary before the subject when they open a sentence.
const INVERTING = new Set(['never', 'nor', 'neither', 'nowhere', 'seldom', 'rarely']);

// "Never will Kyiv cede territory.", "Nor will Moscow withdraw.": a negative
// adverb, an auxiliary, then the subject and its verb. The subject follows
// the auxiliary, so the test of a subject before the verb missed it, and
// the refusal was taken for a line too short to be prose (a leftover of stop 49).
function inverted(tokens: ReadonlyArray<Token>, k: number): boolean {
  if (k !== 1 || tokens[1]!.pos !== 'AUX' || !INVERTING.has(tokens[0]!.norm.replace(/^["“‘'(]/, ''))) return false;
  const subject = tokens[2];
  return subject !== undefined && /^(?:NOUN|PROPN|PRON)$/.test(subject.pos) && tokens.slice(3).some((t) => t.pos === 'VERB');
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

// The quote marks opening a line of quoted mail at `text[a, b)`, each
// with the spaces after it ("> > ", ">>"): how many, and where the words
// start. A quoted line with no words (">") is a blank line of the quote.
function quoteDepth(text: string, a: number, b: number, max = Infinity): { levels: number; words: number } {
  let levels = 0;
  while (a < b && levels < max && text.charCodeAt(a) === 0x3e) {
    levels++;
    a++;
    while (a < b && (text.charCodeAt(a) === 32 || text.charCodeAt(a) === 9)) a++;
  }
  return { levels, words: a };
}

// Whether quote marks deeper than the line above are words of its sentence
// ("Kyiv wants a truce of more than" / "> 30 days", "at" / ">100 days"): the
// line above ends inside a sentence (no full stop, no colon as in "Ana
// wrote:") and the words after the marks go on one (a number, a word in
// lower case). A quote opens on a line of its own, with a sentence of its own.
function marksGoOn(above: string, words: string): boolean {
  return !/[.!?…:]["”’»)\]]*$/.test(above) && /^[\p{Ll}\p{N}]/u.test(words);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 160 || c === 0x2028 || c === 0x2029 || c === 0xfeff || c === 0x2022;
}

// The key lines are compared by: case, punctuation and HTML entities aside
// ("Talks &amp; aid" repeats the title "Talks & aid").
function squash(s: string): string {
  return s.toLowerCase().replace(/&(?:#x?[0-9a-f]{1,6}|[a-z]{2,8});/g, ' ').replace(/[^a-z0-9]+/g, ' ').trim();
}

