/**
 * The paragraphs of an article's content as the pipeline reads them: their
 * tokens, quotes and sentences, and chrono's reading of each sentence's date
 * words, made for the whole article before any sentence is read for
 * stances.
 *
 * Why for the whole article first, a library at a time: wink's model,
 * chrono's patterns and the pipeline's own rules are each large. Run in
 * turn a paragraph at a time, each evicted the others from the CPU's
 * caches, and the same work took some 15% more time (40% for the
 * benchmark's article, of one-sentence paragraphs). Internal: not exported
 * by the package.
 *
 * @since 0.1.0
 */
import type { ArticleLine } from './boilerplate.js';
import { readDates, type DateReading } from './dates.js';
import { proseText } from './hard-wrap.js';
import { firstTokenAt, tokenize, type SentenceSpan, type Token } from './nlp.js';
import type { PhraseMatch } from './phrase-matcher.js';
import { findQuotes, type QuoteSpan } from './quotes.js';
import { joinTopicQuestions } from './topic-question.js';

/**
 * A quote of a paragraph as a token range `[from, to)`, with its span.
 * @category pipeline
 * @since 0.1.0
 * @internal
 */
export interface QuoteTokens {
  readonly from: number;
  readonly to: number;
  readonly span: QuoteSpan;
}

/**
 * One paragraph read up to its sentences. For a lead-in and its points
 * (`listed-objects`), one reading of the lead-in with one point.
 * @category pipeline
 * @since 0.1.0
 * @internal
 */
export interface ParagraphReading {
  /** The lines read: the content line, or the lead-in up to the point. */
  readonly line: ArticleLine;
  /** The text read, from `line.start` (line breaks of a hard-wrapped paragraph as spaces). */
  readonly paragraph: string;
  readonly tokens: ReadonlyArray<Token>;
  readonly quotes: ReadonlyArray<QuoteTokens>;
  readonly sentences: ReadonlyArray<SentenceSpan>;
  /** chrono's reading of each sentence's date words, by sentence (see `readDates`). */
  readonly dates: ReadonlyArray<DateReading>;
}

/**
 * The paragraphs of an article's content lines, in order: each content
 * line with its readings.
 *
 * `opening` is the article's dateline ("GENEVA, June 4, 2025 - "), which is
 * no words of the sentence it opens; `issuesOf` gives the issues of a span
 * of a paragraph's tokens (a bare question on one, inside a quote, is one
 * sentence with its answer); `date` is the article's, that relative dates
 * count from.
 *
 * @example
 * import { classifyLines } from './boilerplate.js'
 * import { readParagraphs } from './paragraphs.js'
 * const text = 'Kyiv rejected talks on Friday. Moscow agreed.\n\nShare'
 * const [first] = readParagraphs(text, classifyLines(text, 0, text.length), undefined, () => [], '2025-06-07')
 * const reading = first!.readings[0]!
 * assert.deepStrictEqual(reading.sentences.map((s) => text.slice(s.start, s.end)), ['Kyiv rejected talks on Friday.', 'Moscow agreed.'])
 * // The first sentence's date words, read by chrono; the second has none.
 * assert.deepStrictEqual(reading.dates.map((d) => d.windows.length), [1, 0])
 * @category pipeline
 * @since 0.1.0
 * @internal
 */
export function readParagraphs(
  body: string,
  lines: ReadonlyArray<ArticleLine>,
  opening: { readonly start: number; readonly end: number } | undefined,
  issuesOf: (tokens: ReadonlyArray<Token>, from: number, to: number) => ReadonlyArray<PhraseMatch<unknown>>,
  date: string | undefined,
): Array<{ readonly content: ArticleLine; readonly readings: ReadonlyArray<ParagraphReading> }> {
  // wink first, for every paragraph...
  const read = lines
    .filter((content) => content.content)
    .map((content) => ({
      content,
      // A hard-wrapped paragraph is read with its line breaks as spaces; quotes keep them. A lead-in and its points, a
      // point at a time (see `listedReadings`).
      readings: (content.rule === 'listed-objects' ? listedReadings(body, content) : [{ line: content, paragraph: proseText(body, content.start, content.end) }]).map(({ line, paragraph }) =>
        sentencesOf(body, line, paragraph, opening, issuesOf),
      ),
    }));
  // ...then chrono, for every sentence.
  return read.map(({ content, readings }) => ({
    content,
    readings: readings.map((r) => ({ ...r, dates: r.sentences.map((s) => readDates(r.paragraph.slice(s.start - r.line.start, s.end - r.line.start), date)) })),
  }));
}

function sentencesOf(
  body: string,
  line: ArticleLine,
  paragraph: string,
  opening: { readonly start: number; readonly end: number } | undefined,
  issuesOf: (tokens: ReadonlyArray<Token>, from: number, to: number) => ReadonlyArray<PhraseMatch<unknown>>,
): Omit<ParagraphReading, 'dates'> {
  const tokenized = tokenize(paragraph, line.start);
  const tokens = tokenized.tokens;
  const quotes = findQuotes(body, line.start, line.end).map((q) => ({ from: firstTokenAt(tokens, q.start), to: firstTokenAt(tokens, q.end), span: q }));
  // '"A wealth tax? Not with us," the Greens said': the question and its answer, one sentence.
  const sentences = joinTopicQuestions(tokenized.sentences, tokens, quotes, (from, to) => issuesOf(tokens, from, to));
  // "GENEVA, June 4, 2025 - Ukraine rejected X on Tuesday": the dateline dates the article, as
  // `publishedAt` does, not the sentence it opens ("on Tuesday" counts from it), and is no words of it.
  if (sentences.length > 0 && opening !== undefined && opening.start >= line.start && opening.end < line.end && body.slice(line.start, opening.start).trim().length === 0) {
    const first = sentences[0]!;
    const from = firstTokenAt(tokens, opening.end);
    if (first.from < from && from < first.to) sentences[0] = { from, to: first.to, start: tokens[from]!.start, end: first.end };
  }
  return { line, paragraph, tokens, quotes, sentences };
}

// A lead-in and the points under it (`listed-objects`), read a point at a
// time: the lead-in and one point as one sentence, from the lead-in's start
// to the point's end, the points before it, the line breaks and the bullets
// blanked to spaces, so that offsets stay the file's ("demanded on Sunday:
// [...] a retention bonus"). One point's words (its "an end to", its
// relative clause) then reach no other.
function listedReadings(text: string, line: ArticleLine): Array<{ line: ArticleLine; paragraph: string }> {
  const rows: Array<[number, number]> = [];
  for (let at = line.start; at < line.end; ) {
    let eol = text.indexOf('\n', at);
    if (eol < 0 || eol > line.end) eol = line.end;
    if (text.slice(at, eol).trim().length > 0) rows.push([at, eol]);
    at = eol + 1;
  }
  const blank = (from: number, to: number) => text.slice(from, to).replace(/[^\n]/g, ' ');
  const out: Array<{ line: ArticleLine; paragraph: string }> = [];
  for (let i = 1; i < rows.length; i++) {
    const [from, to] = rows[i]!;
    const point = text.slice(from, to).replace(/^(\s*)[-–*·•]/, (_m, space: string) => `${space} `);
    const paragraph = (text.slice(line.start, rows[0]![1]) + blank(rows[0]![1], from) + point).replace(/[\r\n]/g, ' ');
    out.push({ line: { ...line, end: to }, paragraph });
  }
  return out;
}
