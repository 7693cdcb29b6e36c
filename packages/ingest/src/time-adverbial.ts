/**
 * A time or manner adverbial that may stand between a verb's object and
 * what follows it: "asked the government on Monday to approve X", "urged
 * Kyiv last week to accept X", "pressed Moscow in writing to X". Readers of
 * "verb, party, to" skip it, as they skip "hard" or "again".
 *
 * @since 0.1.0
 */
import { MONTHS, WEEKDAYS } from './dates.js';
import type { Token } from './nlp.js';
import type { CueRule } from './cue-rules.js';
import { matchStart, type PhraseMatch, type PhraseMatcher } from './phrase-matcher.js';

const DAYS: ReadonlySet<string> = new Set(WEEKDAYS);
const MONTH_NAMES: ReadonlySet<string> = new Set(MONTHS);
// "on Monday evening", "late Thursday night".
const PARTS_OF_DAY: ReadonlySet<string> = new Set(['morning', 'afternoon', 'evening', 'night']);
// "last week", "this month", "late Thursday", "earlier this week".
const DEICTIC: ReadonlySet<string> = new Set(['last', 'this', 'late', 'early', 'earlier']);
const PERIODS: ReadonlySet<string> = new Set(['week', 'weekend', 'month', 'year', 'night']);
// A day named by itself: "asked Kyiv yesterday to".
const DAY_WORDS: ReadonlySet<string> = new Set(['yesterday', 'today', 'tonight']);
// How it was asked: "in writing", "in private", "in public".
const MANNER_NOUNS: ReadonlySet<string> = new Set(['writing', 'private', 'public', 'person']);

/**
 * The token after the time or manner adverbial that starts at `k` (before
 * `to`): "on Monday", "on Monday evening", "on 3 March", "on March 3",
 * "last week", "earlier this week", "late Thursday", "Thursday",
 * "yesterday", "in writing"; `k` itself when none starts there.
 *
 * @example
 * import { timeAdverbialEnd } from './time-adverbial.js'
 * import { tokenize } from './nlp.js'
 * const end = (text: string, word: string) => {
 *   const { tokens } = tokenize(text, 0)
 *   const k = tokens.findIndex((t) => t.text === word)
 *   return tokens[timeAdverbialEnd(tokens, k, tokens.length)]?.text
 * }
 * assert.strictEqual(end('They asked the board on Monday evening to vote.', 'on'), 'to')
 * assert.strictEqual(end('They asked the board earlier this week to vote.', 'earlier'), 'to')
 * assert.strictEqual(end('They asked the board on 3 March to vote.', 'on'), 'to')
 * assert.strictEqual(end('They asked the board in writing to vote.', 'in'), 'to')
 * // No time: the words stay where they are.
 * assert.strictEqual(end('They asked the board on behalf of members to vote.', 'on'), 'on')
 * assert.strictEqual(end('They asked the board in Geneva to vote.', 'in'), 'in')
 * @category rules
 * @since 0.1.0
 * @internal
 */
export function timeAdverbialEnd(tokens: ReadonlyArray<Token>, k: number, to: number): number {
  const at = (i: number): string | undefined => (i < to ? tokens[i]!.norm : undefined);
  const word = at(k);
  if (word === undefined) return k;
  if (DAY_WORDS.has(word)) return k + 1;
  if (word === 'in') return MANNER_NOUNS.has(at(k + 1) ?? '') ? k + 2 : k;
  if (word === 'on') {
    const day = dayEnd(tokens, k + 1, to);
    return day > k + 1 ? day : k;
  }
  if (DEICTIC.has(word)) {
    // "earlier this week": the deictic word before another.
    const next = word === 'earlier' && at(k + 1) === 'this' ? k + 2 : k + 1;
    const period = at(next);
    if (period !== undefined && (PERIODS.has(period) || MONTH_NAMES.has(period))) return next + 1;
    const day = dayEnd(tokens, next, to);
    return day > next ? day : k;
  }
  return DAYS.has(word) ? dayEnd(tokens, k, to) : k;
}

// The token after a day named at `k` ("Monday", "Monday evening", "3 March", "March 3"), or `k` when none is.
function dayEnd(tokens: ReadonlyArray<Token>, k: number, to: number): number {
  const at = (i: number): string | undefined => (i < to ? tokens[i]!.norm : undefined);
  const word = at(k);
  if (word === undefined) return k;
  if (DAYS.has(word)) return PARTS_OF_DAY.has(at(k + 1) ?? '') ? k + 2 : k + 1;
  const number = (w: string | undefined) => w !== undefined && /^\d{1,2}$/.test(w);
  if (number(word) && MONTH_NAMES.has(at(k + 1) ?? '')) return k + 2;
  if (MONTH_NAMES.has(word) && number(at(k + 1))) return k + 2;
  return k;
}

/**
 * The cues of a sentence read with the "on" of a day taken from the verb
 * before it: "Aalto insisted on Monday that the Liberals reject X" is no
 * "insist on" whose object is Monday and what follows, but "insist" and a
 * clause, as with no day named; "agreed on Tuesday to X" is "agree to X".
 * A cue that ends in that "on" is matched again as if the day were not
 * there (the longest cue the words make without it, or none); a cue read
 * across the day ("agreed on Tuesday to") spans it.
 *
 * @example
 * import { CUE_RULES } from './cue-rules.js'
 * import { withoutDayParticles } from './time-adverbial.js'
 * import { compilePatterns, matchAll } from './phrase-matcher.js'
 * import { tokenize } from './nlp.js'
 * const cues = compilePatterns(CUE_RULES.map((c) => ({ source: c.phrase, value: c })))
 * const read = (text: string) => {
 *   const { tokens } = tokenize(text, 0)
 *   const found = withoutDayParticles(cues, matchAll(cues, tokens, 0, tokens.length), tokens, tokens.length)
 *   return found.map((c) => `${c.pattern.value.id} ${tokens.slice(c.from, c.to).map((t) => t.text).join(' ')}`)
 * }
 * assert.deepStrictEqual(read('Aalto insisted on Monday that the Liberals reject a wealth tax.'), ['demand.insist-that insisted', 'reject.verb reject'])
 * assert.deepStrictEqual(read('The parties agreed on Tuesday to a truce.'), ['agree.verb agreed on Tuesday to'])
 * assert.deepStrictEqual(read('Aalto insisted on a wealth tax.'), ['demand.insist-on insisted on'])
 * // A day's possessive is a thing insisted on.
 * assert.deepStrictEqual(read("Aalto insisted on Monday's deadline."), ['demand.insist-on insisted on'])
 * @category rules
 * @since 0.1.0
 * @internal
 */
export function withoutDayParticles(matcher: PhraseMatcher<CueRule>, cues: PhraseMatch<CueRule>[], tokens: ReadonlyArray<Token>, to: number): PhraseMatch<CueRule>[] {
  if (!cues.some((c) => dayAfterParticle(tokens, c, to) > 0)) return cues;
  const out: PhraseMatch<CueRule>[] = [];
  for (const c of cues) {
    const end = dayAfterParticle(tokens, c, to);
    if (end === 0) {
      out.push(c);
      continue;
    }
    // The words from the cue's start with the day left out ("insisted that ...", "agreed to X").
    const on = c.to - 1;
    const view = [...tokens.slice(c.from, on), ...tokens.slice(end, to)];
    const m = matchStart(matcher, view, 0, view.length);
    if (m === undefined) continue;
    const before = on - c.from;
    out.push({ from: c.from, to: c.from + m.to + (m.to > before ? end - on : 0), pattern: m.pattern });
  }
  return out;
}

// Where the day ends when a cue of two words or more ends in the "on" of one ("insisted on Monday", "agreed on 3
// March"), else 0.
function dayAfterParticle(tokens: ReadonlyArray<Token>, c: PhraseMatch<CueRule>, to: number): number {
  if (c.to - c.from < 2 || tokens[c.to - 1]!.norm !== 'on') return 0;
  const end = timeAdverbialEnd(tokens, c.to - 1, to);
  return end > c.to - 1 && tokens[end]?.norm !== "'s" ? end : 0;
}
