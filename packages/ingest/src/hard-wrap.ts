/**
 * Hard-wrapped prose: plain text whose paragraphs are broken into lines of
 * about 72 columns (e-mail, wire copy, many `.txt` exports). The lines of
 * such a paragraph are one unit for the classification of lines and for
 * sentences, where each line alone would be a headline's fragment.
 *
 * @since 0.1.0
 * @internal
 */
import { tokenize } from './nlp.js';
import { TERMINAL, bulletAt, isFurniture } from './page-furniture.js';

/**
 * The text of `text[start, end)` as the pipeline reads it: a unit of
 * `classifyLines` (boilerplate.ts) that spans lines has each line break, with the
 * spaces around it and the quote marks of quoted mail after it ("> ",
 * "> > ", ">>"), read as spaces of the same length (the tagger would take a
 * line break for a token of its own, and a ">" for a word of the sentence),
 * so offsets stay those of the text. A single line is returned as it is.
 *
 * @example
 * import { proseText } from './hard-wrap.js'
 * const text = 'Kyiv rejected any territorial\r\n  concessions.'
 * assert.strictEqual(proseText(text, 0, text.length), 'Kyiv rejected any territorial    concessions.')
 * assert.strictEqual(proseText(text, 0, text.length).length, text.length)
 * const quoted = '> > Kyiv rejected any territorial\n> > concessions.'
 * assert.strictEqual(proseText(quoted, 4, quoted.length), 'Kyiv rejected any territorial     concessions.')
 * @category pipeline
 * @since 0.1.0
 * @internal
 */
export function proseText(text: string, start: number, end: number): string {
  const slice = text.slice(start, end);
  if (slice.indexOf('\n') < 0 && slice.indexOf('\r') < 0) return slice;
  return slice.replace(lineBreak(quoteMarksBefore(text, start)), (m) => ' '.repeat(m.length));
}

// The quote marks of quoted mail before `start` on its line ("> > " is 2):
// how deep its unit is quoted. Anything else before it there is no prefix (0).
function quoteMarksBefore(text: string, start: number): number {
  let marks = 0;
  for (let k = start - 1; k >= 0; k--) {
    const c = text.charCodeAt(k);
    if (c === 0x0a || c === 0x0d) break;
    if (c === 0x3e) marks++;
    else if (c !== 32 && c !== 9) return 0;
  }
  return marks;
}

// A line break, the spaces around it, and the quote marks of the unit's
// depth that open the next line: "more than\n> 30 days" in a text quoted
// at no depth keeps its ">", a word of the sentence.
const LINE_BREAKS: RegExp[] = [];
function lineBreak(marks: number): RegExp {
  return (LINE_BREAKS[marks] ??= new RegExp(`[^\\S\\r\\n]*(?:\\r\\n|\\r|\\n)\\s*(?:>[^\\S\\r\\n]*){0,${marks}}`, 'g'));
}

/**
 * A non-blank line of the text as the classification of lines reads it:
 * where its words start and end, the words themselves, and what joining it
 * to its neighbours needs.
 *
 * @example
 * import type { RawLine } from './hard-wrap.js'
 * const line: RawLine = { start: 2, end: 12, line: 'Talks stall', key: 'talks stall', bulleted: false, lineStart: 0, afterBlank: true }
 * assert.strictEqual(line.start - line.lineStart, 2)
 * @category pipeline
 * @since 0.1.0
 * @internal
 */
export interface RawLine {
  /** Where its words start and end in the text. */
  readonly start: number;
  readonly end: number;
  readonly line: string;
  readonly key: string;
  readonly bulleted: boolean;
  /** Where the line starts in the text, before any indent: columns are counted from here. */
  readonly lineStart: number;
  /** Whether a blank line, or the start of the text, comes right before it. */
  readonly afterBlank: boolean;
}

// Hard wrapping. A run of lines with no blank line between them is cut
// into paragraphs: a line and the next are one paragraph when the text
// runs on across the break and the break is where a wrap at the run's
// width would put it. Widths outside these bounds are no wrapping: a
// paragraph on one long line, or a menu of short ones.
const MIN_WIDTH = 30;
const MAX_WIDTH = 160;

/**
 * The units of the lines, in order: `[first, last]` indexes of `raw`, a
 * paragraph of joined lines or a line of its own.
 *
 * @example
 * import { paragraphUnits } from './hard-wrap.js'
 * import type { RawLine } from './hard-wrap.js'
 * const text = 'Kyiv rejected the demands of the delegation in Geneva on Friday, as\nthe talks stalled once more, officials said.'
 * const at = (start: number, end: number, afterBlank: boolean): RawLine =>
 *   ({ start, end, line: text.slice(start, end), key: text.slice(start, end).toLowerCase(), bulleted: false, lineStart: start, afterBlank })
 * const nl = text.indexOf('\n')
 * // The first line ends inside a sentence, at the width: the two are one paragraph.
 * assert.deepStrictEqual(paragraphUnits([at(0, nl, true), at(nl + 1, text.length, false)]), [[0, 1]])
 * @category pipeline
 * @since 0.1.0
 * @internal
 */
export function paragraphUnits(raw: ReadonlyArray<RawLine>): Array<[number, number]> {
  const runs: Array<{ from: number; to: number; width: number }> = [];
  for (let r = 0; r < raw.length; ) {
    let e = r + 1;
    while (e < raw.length && !raw[e]!.afterBlank) e++;
    runs.push({ from: r, to: e, width: 0 });
    r = e;
  }
  const widest = textWidth(raw, runs);
  // The text's opening lines, before its first sentence ends: its headline and byline are there.
  let opening = 0;
  while (opening < raw.length && !ENDS_SENTENCE.test(raw[opening]!.line)) opening++;
  // Breaks inside a sentence, over the whole text: a text wrapped has many.
  let inside = 0;
  for (const run of runs) {
    // Most articles put a blank line after each paragraph: nothing to join.
    if (run.to - run.from > 1) run.width = runWidth(raw, run.from, run.to, widest);
    if (run.width > 0) for (let k = run.from; k + 1 < run.to; k++) if (runsOn(raw[k]!, raw[k + 1]!, run.width, false, k < opening) === true) inside++;
  }
  const units: Array<[number, number]> = [];
  for (const { from, to, width } of runs) {
    if (width === 0) for (let k = from; k < to; k++) units.push([k, k]);
    else runUnits(raw, from, to, width, inside >= WRAPPED_TEXT, opening, units);
  }
  return units;
}

// The width of the run raw[from, to) of lines with no blank line between
// them: its longest line that could be a wrapped one (one no longer than
// the text's wrapped lines, `widest`); 0 when it is too narrow to have
// been wrapped.
function runWidth(raw: ReadonlyArray<RawLine>, from: number, to: number, widest: number): number {
  let width = 0;
  for (let k = from; k < to; k++) {
    const col = raw[k]!.end - raw[k]!.lineStart;
    if (col <= widest && col > width && spaced(raw[k]!)) width = col;
  }
  return width < MIN_WIDTH ? 0 : width;
}

// The longest a wrapped line of the text can be. A wrapper wraps a whole
// text at one width, and the lines it breaks inside a sentence crowd just
// under it: the longest such line that two others come within a tenth of
// is about the width, and a line longer than that by more than a tenth is
// none of its lines (a caption, a heading left on one line) and sets no
// run's width. Lines with no space (an address) are never wrapped ones.
// With no such crowd (a short text, paragraphs one to a line), every line
// may set its run's width.
function textWidth(raw: ReadonlyArray<RawLine>, runs: ReadonlyArray<{ from: number; to: number }>): number {
  const cols: number[] = [];
  for (const { from, to } of runs) {
    if (to - from < 2) continue;
    for (let k = from; k < to; k++) {
      const col = raw[k]!.end - raw[k]!.lineStart;
      if (col >= MIN_WIDTH && col <= MAX_WIDTH && spaced(raw[k]!) && !ENDS_SENTENCE.test(raw[k]!.line)) cols.push(col);
    }
  }
  cols.sort((a, b) => b - a);
  for (let k = 0; k + 2 < cols.length; k++) if (cols[k + 2]! >= (1 - CROWD) * cols[k]!) return (1 + CROWD) * cols[k]!;
  return MAX_WIDTH;
}
const CROWD = 0.1;

// Breaks inside a sentence that make a text hard-wrapped: then a break
// where a sentence ends, at the width, is a wrap too. Lines of a text
// that is not wrapped each end a sentence, whatever their width (one
// paragraph a line), and a break inside one is rare (a headline over two
// lines, a footer's notice).
const WRAPPED_TEXT = 3;

// The units of the run raw[from, to), `width` wide; `wrappedText`: the
// text is hard-wrapped; lines before `opening` open the text.
function runUnits(raw: ReadonlyArray<RawLine>, from: number, to: number, width: number, wrappedText: boolean, opening: number, units: Array<[number, number]>): void {
  let first = from;
  for (let k = from; k < to; k++) {
    let join = false;
    if (k + 1 < to) {
      const line = raw[k]!;
      const next = raw[k + 1]!;
      const mid = runsOn(line, next, width, k > first, k === first && k < opening);
      // A break at a sentence's end is a wrap in a text wrapped elsewhere,
      // or beside a break inside a sentence (a paragraph of a few lines).
      if (mid !== undefined) join = mid;
      else if (sentenceWraps(line, next, width)) {
        // Read as a first line: a headline under a paragraph stays one though a capital follows it.
        const goesOn = k + 2 < to && runsOn(next, raw[k + 2]!, width, false, false) === true;
        const anchored = k > first || goesOn || (wrappedText && !headline(line.line));
        join = anchored && (goesOn || !headline(next.line));
      }
    }
    if (join) continue;
    pushUnit(raw, first, k, units);
    first = k + 1;
  }
}

// A paragraph ends a sentence: lines after its last full stop that end
// none (a headline under the paragraph) are lines of their own.
function pushUnit(raw: ReadonlyArray<RawLine>, first: number, last: number, units: Array<[number, number]>): void {
  let end = last;
  while (end > first && !TERMINAL.test(raw[end]!.line)) end--;
  if (end === first && !TERMINAL.test(raw[first]!.line)) end = last;
  units.push([first, end]);
  for (let k = end + 1; k <= last; k++) units.push([k, k]);
}

// Whether the text runs on from `line` into `next` inside a sentence, the
// break being a wrap; undefined when `line` ends a sentence. `continued`:
// `line` goes on a line above it, and so is no headline; `opening`: it
// opens a unit among the text's opening lines, where its headline and
// byline are.
function runsOn(line: RawLine, next: RawLine, width: number, continued: boolean, opening: boolean): boolean | undefined {
  if (startsPoint(next)) return false;
  // An address alone on a line fits on no line: it is glued to no headline
  // and no paragraph's start, and goes on a sentence only where the
  // sentence needs it ("published at" / address / "and was read out").
  if (address(line)) return CONTINUES_NEXT.test(next.line);
  if (address(next)) return joinable(line, width) && CONTINUES_LINE.test(line.line);
  if (!joinable(line, width) || !joinable(next, width)) return false;
  const col = line.end - line.lineStart;
  const full = wrapped(line, next, width);
  if (!full && col < WRAPPED_SHARE * width) return false;
  // A full stop before a word in lower case ends an abbreviation ("the U.S." / "president"), not a sentence.
  if (ENDS_SENTENCE.test(line.line)) return LOWER_START.test(next.line) ? true : undefined;
  if (CONTINUES_NEXT.test(next.line)) return true;
  // A capital after a line that ends inside a phrase is a name going on
  // ("chief of staff Andriy" / "Yermak said"), unless it opens a sentence
  // ("On Wednesday, ..." under a headline) or the line is a headline.
  if (!CONTINUES_LINE.test(line.line) && !(full && !OPENER.test(next.line) && (continued || !headline(line.line)))) return false;
  // Atop the text, a line may be a headline or a byline that ends on a
  // joining word ("... and what comes after") or fills the width: it goes
  // on into a capital only when it is in sentence case and the next line
  // opens no clause of its own ("Ukraine rejected ..."), or when it ends
  // on a phrase with no verb after its last comma or full stop (", foreign
  // minister" / "Andrii Sybiha said").
  return !opening || (!titleCase(line.line) && (!opensClause(next.line) || verblessTail(line.line)));
}

// A break where a sentence ends may be a wrap when the next word would
// not have fitted, neither line is page furniture, and no indent opens a
// paragraph there.
function sentenceWraps(line: RawLine, next: RawLine, width: number): boolean {
  if (!wrapped(line, next, width)) return false;
  // A line indented deeper than the one above opens a paragraph, where a
  // sentence ends (inside one, the indent is the page's: HTML's markup,
  // blanked, or a point's lines hanging under its bullet).
  if (!startsPoint(line) && indentOf(next) > indentOf(line)) return false;
  return !isFurniture(line.line) && !isFurniture(next.line);
}

// Whether the next line's first word would not have fitted on the line:
// a wrap put it on the next one. Wrappers that count bytes (fold) give a
// character outside ASCII two or three columns: some slack for them.
function wrapped(line: RawLine, next: RawLine, width: number): boolean {
  let slack = 1;
  for (let k = 0; k < line.line.length && slack < 9; k++) if (line.line.charCodeAt(k) > 0x7f) slack += 2;
  return line.end - line.lineStart + 1 + firstWordLength(next.line) > width - slack;
}

// Lines of most of the width end wrapped paragraphs' lines; a shorter one
// ends a paragraph, unless a long word (an address) went to the next line.
const WRAPPED_SHARE = 0.6;

// A line too long to be wrapped, or with no word in it (a rule "-----"), is never joined.
function joinable(line: RawLine, width: number): boolean {
  return line.end - line.lineStart <= width && /[\p{L}\p{N}]/u.test(line.line);
}

function spaced(line: RawLine): boolean {
  return /\s/.test(line.line);
}

// A web or mail address alone on a line: no space, and a "/" or "@", or
// longer than any word (a rule "-----" has no word in it).
function address(line: RawLine): boolean {
  return !spaced(line) && (line.line.length > MIN_WIDTH || /[/@]/.test(line.line)) && /[\p{L}\p{N}]/u.test(line.line);
}

// A point of a list, a numbered one, a Markdown heading or a table row starts a unit of its own.
// (Quoted mail's marks are no part of a line's words: a ">" left there goes on a sentence, "more than" / "> 30 days".)
function startsPoint(line: RawLine): boolean {
  return line.bulleted || bulletAt(line.line) > 0 || POINT.test(line.line);
}
const POINT = /^(?:(?:\d{1,3}|[a-zA-Z])[.)]\s|[#|])/;

// A sentence ends at a full stop, with any quote mark or bracket closed
// after it; a quote closed with none ('the plan was "dead"') goes on.
const ENDS_SENTENCE = /[.!?…]["”’»)\]]*$/;

const LOWER_START = /^\p{Ll}/u;

// A line that goes on the sentence above: a word in lower case, a number,
// or a mark that cannot open one ("—", "(", a comma).
const CONTINUES_NEXT = /^(?:["“‘'(\[]?[\p{Ll}\p{N}]|[—–,;:)%])/u;
// A line that cannot end a sentence: a comma, a dash, a word that needs
// the next one (an article, a preposition, a conjunction, an auxiliary).
const CONTINUES_LINE =
  /(?:[,;:(\[—–-]|(?:^|\s)(?:the|a|an|of|to|and|or|but|nor|for|with|in|on|at|by|from|into|onto|over|under|about|between|against|than|as|that|which|who|whose|his|her|its|their|our|this|these|those|is|are|was|were|be|been|has|have|had|will|would|can|could|should|must|may|might|not|said|says|told|after|before|during|since|until|while|if|because|including|such))$/i;
// A capital word that opens a sentence rather than going on one: written
// in lower case inside a sentence.
const OPENER =
  /^["“‘(]?(?:The|A|An|On|In|At|By|For|From|With|After|Before|During|As|But|And|Or|It|He|She|They|We|You|This|That|These|Those|There|His|Her|Their|Its|Our|My|When|While|Although|Though|However|Meanwhile|Despite|Since|If|What|Who|Why|How|Where|Yet|So|Still|Earlier|Later|Last|Yesterday|Today|Tomorrow|According|Asked|Speaking|Following|Under|Over|Of|To|Not|No|Both|Some|Many|Most|Such|Any|Each|Every|Even|Only|Also|Here|Now|Then|Thus|Instead)\b/;
// Words a headline in title case leaves in lower case.
const MINOR = new Set(['a', 'an', 'the', 'of', 'to', 'for', 'and', 'or', 'nor', 'but', 'in', 'on', 'at', 'by', 'with', 'from', 'as', 'vs', 'via', 'into', 'over', 'amid']);

// "Zelenskyy Calls for Ceasefire and Prisoner Exchanges": every word but the small ones capitalised.
function titleCase(line: string): boolean {
  let words = 0;
  for (const w of line.split(' ')) {
    const letter = /\p{L}/u.exec(w);
    if (!letter || MINOR.has(w.toLowerCase())) continue;
    if (letter[0] === letter[0].toLowerCase()) return false;
    words++;
  }
  return words >= 3;
}

// A headline in title case has a verb ("Kremlin Responds: ...", "Talks
// Stall"); a line of names and titles ("British Prime Minister Keir
// Starmer and EU Commission") has none, and goes on a sentence. The tagger
// runs only on lines in title case, which prose seldom has.
function headline(line: string): boolean {
  if (!titleCase(line)) return false;
  return tokenize(line, 0).tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX');
}

// "Ukraine rejected ...", "Kremlin spokesman Dmitry Peskov said ...": the
// line's first words name a subject and its verb follows them.
function opensClause(line: string): boolean {
  for (const t of tokenize(line, 0).tokens) {
    if (t.pos === 'VERB' || t.pos === 'AUX') return true;
    if (!NOMINAL.test(t.pos)) return false;
  }
  return false;
}
const NOMINAL = /^(?:PROPN|NOUN|ADJ|DET|NUM|PART)$/;

// After the line's last comma or full stop, no verb: an inserted phrase
// (", foreign minister") or a sentence's subject (". The European") goes on.
function verblessTail(line: string): boolean {
  const m = CLAUSE_TAIL.exec(line);
  return m !== null && !tokenize(m[1]!, 0).tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX');
}
const CLAUSE_TAIL = /[,;.!?…]["”’»)\]]*\s+([^,;.!?…]*)$/;

function firstWordLength(line: string): number {
  let n = 0;
  while (n < line.length && line.charCodeAt(n) > 32) n++;
  return n;
}

// Columns of space before the line's first character (a tab counts as one).
function indentOf(line: RawLine): number {
  return line.start - line.lineStart;
}
