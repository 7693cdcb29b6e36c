/**
 * When a sentence's statement was made: the article date, or a relative
 * expression in the sentence resolved against it ("on Wednesday" in the
 * past tense is the last Wednesday; "next week" an ISO week; "early June"
 * a month), with its precision. No date is ever invented.
 *
 * @since 0.1.0
 */
import * as chrono from 'chrono-node';

/**
 * A resolved date: a stated time (`YYYY-MM-DD`, `YYYY-Www`, `YYYY-MM`) and
 * the rule that produced it.
 * @category dates
 * @since 0.1.0
 * @internal
 */
export interface ResolvedDate {
  readonly value: string;
  readonly rule: string;
  readonly text: string;
}

const DAY_MS = 86_400_000;
/** The days of the week, lower case, Sunday first (as `Date.getUTCDay` numbers them). @internal */
export const WEEKDAYS: ReadonlyArray<string> = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** The months, lower case, January first. @internal */
export const MONTHS: ReadonlyArray<string> = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const HINT = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:yesterday|today|week|month|last\s+night)\b|\b(?:days?|weeks?)\s+ago\b|\b\d{4}-\d{2}-\d{2}\b/i;
// "three days ago", "a week ago", "two weeks ago": a count of days or weeks back from the article's day.
const AGO = /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(days?|weeks?)\s+ago\b/;
const COUNTS: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
// Words of a relative clause set off by a comma, up to a date: ", who arrived in Geneva on ".
const IN_RELATIVE = /,\s*(?:who|whom|whose|which)\b[^,;"“”]*$/i;
const BLOCKERS = /\b(?:since|until|till|by|for|from|after|before|as of)\s+(?:the\s+)?(?:early|mid|late|last|next)?\s*$/i;
// A date something is due or set for ("before the budget deadline in December", "talks scheduled for Friday"): when it
// is to happen, not when anything was said.
const DUE = /\b(?:deadline|due|scheduled|slated|planned|set|expected)\s+(?:for|in|on|by|of|at)?\s*(?:the\s+)?(?:early|mid|late|end of)?\s*$/i;
// A stance left behind ("in a shift from its position last week, X said"): the date is of the old stance, not the saying.
const LEFT_BEHIND = /\b(?:shift|departure|change|turnaround|retreat|reversal|u-turn|climbdown|break|move)\s+(?:away\s+)?from\b[^,;:"“”]*$/i;

function iso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function isoWeek(ms: number): string {
  const d = new Date(ms);
  const day = (d.getUTCDay() + 6) % 7;
  const thursday = ms - day * DAY_MS + 3 * DAY_MS;
  const year = new Date(thursday).getUTCFullYear();
  const jan1 = Date.UTC(year, 0, 1);
  const week = 1 + Math.floor((thursday - jan1) / (7 * DAY_MS));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

function month(year: number, m: number): string {
  return `${year}-${String(m + 1).padStart(2, '0')}`;
}

/**
 * Resolves the first date expression of a sentence that can date a
 * statement (not a future one, not "since March"). `past` says whether the
 * sentence, or the words at an offset in it, are told in the past tense.
 *
 * @example
 * import { resolveSentenceDate } from './dates.js'
 * // 2025-07-20 is a Sunday; "on Saturday" in the past tense is the day before.
 * assert.strictEqual(resolveSentenceDate('He spoke on Saturday.', '2025-07-20', true)?.value, '2025-07-19')
 * // Without a day to count from, only a date that says itself: never one reckoned from today.
 * assert.strictEqual(resolveSentenceDate("Last year's wages were too low, he said.", undefined, true), undefined)
 * assert.strictEqual(resolveSentenceDate('He spoke on Saturday.', '2026-02', true), undefined)
 * // An article of June 2025: a day named by its month is taken; "last month" or "in July" are left to the article's date.
 * assert.deepStrictEqual(['He spoke on 16 May.', 'He spoke last month.', 'Talks are due in July.'].map((s) => resolveSentenceDate(s, '2025-06', true)?.value), ['2025-05-16', undefined, undefined])
 * assert.strictEqual(resolveSentenceDate('He spoke on 16 May 2025.', undefined, true)?.value, '2025-05-16')
 * // The tense may be the date's own (at its offset in the sentence): a Monday to come is no day anything was said.
 * const said = '"We sign on Monday," he said on Friday.'
 * assert.strictEqual(resolveSentenceDate(said, '2025-07-19', (at) => at > said.indexOf('he'))?.value, '2025-07-18')
 * assert.strictEqual(resolveSentenceDate(said, '2025-07-19', true)?.value, '2025-07-14')
 * // The day of a relative clause is of what it tells: the saying is the article's.
 * assert.strictEqual(resolveSentenceDate('Merz, who arrived in Kyiv on Saturday, said talks must go on.', '2025-07-20', true), undefined)
 * @category dates
 * @since 0.1.0
 * @internal
 */
export function resolveSentenceDate(sentence: string, reference: string | undefined, past: boolean | ((offset: number) => boolean)): ResolvedDate | undefined {
  return dateOf(readDates(sentence, reference), past);
}

/**
 * chrono's results for the date words of a sentence, window by window (the
 * words around each, see `hintWindows`): the costly part of
 * {@link resolveSentenceDate}, which depends on the sentence and the
 * article's date alone. Read apart, a caller may run chrono over many
 * sentences in a row, with its patterns still in the CPU's caches. The first
 * window is read up front; any later one only if {@link dateOf} gets to it.
 * @category dates
 * @since 0.1.0
 * @internal
 */
export interface DateReading {
  readonly sentence: string;
  /** The days the article may date from (see `referenceDays`). */
  readonly refs: ReadonlyArray<number>;
  readonly windows: ReadonlyArray<readonly [number, number]>;
  /** chrono's results for `windows[0]`, against each day of `refs` (or `FAR_APART`). */
  readonly first: ReadonlyArray<ReadonlyArray<chrono.ParsedResult>>;
}

/**
 * Reads the date words of `sentence` with chrono, against the days the
 * article dated `reference` may have been published on.
 *
 * @example
 * import { dateOf, readDates } from './dates.js'
 * const read = readDates('He spoke on Saturday.', '2025-07-20')
 * assert.strictEqual(read.first[0]?.[0]?.text, 'on Saturday')
 * assert.strictEqual(dateOf(read, true)?.value, '2025-07-19')
 * assert.deepStrictEqual(readDates('He spoke.', '2025-07-20').windows, [])
 * @category dates
 * @since 0.1.0
 * @internal
 */
export function readDates(sentence: string, reference: string | undefined): DateReading {
  const windows = hintWindows(sentence);
  if (windows.length === 0) return { sentence, refs: [], windows, first: [] };
  const refs = referenceDays(reference);
  return { sentence, refs, windows, first: parseWindow(sentence, windows[0]!, refs) };
}

/**
 * The date a sentence read by {@link readDates} dates a statement to, as
 * {@link resolveSentenceDate} gives it.
 * @category dates
 * @since 0.1.0
 * @internal
 */
export function dateOf(reading: DateReading, past: boolean | ((offset: number) => boolean)): ResolvedDate | undefined {
  const { sentence, refs, windows } = reading;
  // A date in words told as to come ("will not withdraw the cuts this month") is when the act would be: a later one in
  // words told in the past ("..., a spokesperson said on Thursday") is when it was said, and wins.
  let toCome: ResolvedDate | undefined;
  for (let w = 0; w < windows.length; w++) {
    const a = windows[w]![0];
    const parses = w === 0 ? reading.first : parseWindow(sentence, windows[w]!, refs);
    for (const r of parses[0]!) {
      const index = a + r.index;
      if (BLOCKERS.test(sentence.slice(Math.max(0, index - 20), index)) || DUE.test(sentence.slice(Math.max(0, index - 24), index))) continue;
      if (LEFT_BEHIND.test(sentence.slice(Math.max(0, index - 60), index))) continue;
      // "Vellan, who arrived in Port Aurel on Wednesday, said ...": a relative clause's date is of what it tells, not of the saying.
      if (IN_RELATIVE.test(sentence.slice(0, index))) continue;
      const before = sentence.slice(Math.max(0, index - 6), index).toLowerCase();
      const values = parses.map((results, i) => {
        const same = results.find((x) => x.index === r.index);
        if (same === undefined) return undefined;
        const ref = refs.length > 0 ? refs[i] : undefined;
        const resolved = resolveOne(same, same.text.toLowerCase(), before, ref, typeof past === 'function' ? past(index) : past);
        // A date after the article's (its last possible day) cannot be when something was said.
        if (resolved === undefined || (refs.length > 0 && Date.parse(startOfValue(resolved.value)) > refs[refs.length - 1]! + DAY_MS)) return undefined;
        // Against a week or a month, only a day named by its month ("on 16 May"): chrono's readings of
        // "in July", "a week ago" or "last Monday" come out the same for every day of it, and wrong.
        if (refs.length > 1 && !(resolved.rule === 'date.day' && explicitDay(same.text))) return undefined;
        return resolved;
      });
      const first = values[0];
      if (first === undefined || values.some((v) => v?.value !== first.value)) continue;
      // chrono's match may end in the sentence's punctuation ('on Friday,'): not part of the date.
      const found = { ...first, text: r.text.replace(/[\s,;:.]+$/, '') };
      if (typeof past !== 'function') return found;
      if (past(index)) return found;
      toCome ??= found;
    }
  }
  return toCome;
}

// chrono's results for the window `[a, b)` of a sentence, against each day
// the article may date from.
function parseWindow(sentence: string, [a, b]: readonly [number, number], refs: ReadonlyArray<number>): Array<ReadonlyArray<chrono.ParsedResult>> {
  // A dash between words opens an aside ("June 3, 2025 - the day talks opened"), which chrono reads as a
  // subtraction ("- the day": a day before): read as a comma, of the same length, so offsets hold.
  // A vote's tally ("voted 21 to 10 on Tuesday", "by 7-2") is no range of days: its numbers blanked, of the same length.
  const text = sentence.slice(a, b).replace(ASIDE_DASH, ' , ').replace(VOTE_TALLY, (m, lead: string, tally: string) => lead + tally.replace(/\d/g, 'x'));
  // A date is taken only if it is the same for every day the article may
  // have been published on: one day when its date is a day, the first and
  // the last of its week or month, and, when it has none, two far-apart
  // days (with no day to count from, "last month" is no month at all).
  return (refs.length > 0 ? refs : FAR_APART).map((ref) => chrono.parse(text, new Date(ref)));
}

const ASIDE_DASH = / [-–—] (?=\p{L})/gu;
const VOTE_TALLY = /(\bvot(?:e|es|ed|ing)\s+(?:by\s+)?)(\d{1,3}(?:\s*[-–]\s*|\s+to\s+)\d{1,3})\b/giu;

/**
 * The days (noon UTC, in ms) the article may have been published on: its
 * day, or the first and last days of its week or month; none when it has no
 * date.
 */
function referenceDays(reference: string | undefined): number[] {
  if (reference === undefined) return [];
  if (DAY_REFERENCE.test(reference)) return [Date.parse(reference.slice(0, 10) + 'T12:00:00Z')];
  if (!/^\d{4}-(?:\d{2}|W\d{2})$/.test(reference)) return [];
  const start = Date.parse(startOfValue(reference));
  if (Number.isNaN(start)) return [];
  const end = reference.includes('W') ? start + 6 * DAY_MS : Date.UTC(new Date(start).getUTCFullYear(), new Date(start).getUTCMonth() + 1, 0);
  return [start + DAY_MS / 2, end + DAY_MS / 2];
}

/** A day and a month, both named ("16 May", "May 16, 2024") or written as digits (2025-05-16). */
function explicitDay(text: string): boolean {
  const t = text.toLowerCase();
  return /\b\d{4}-\d{2}-\d{2}\b/.test(t) || (/\d/.test(t) && MONTHS.some((m) => t.includes(m)));
}

const DAY_REFERENCE = /^\d{4}-\d{2}-\d{2}/;
// Two days years, months and weekdays apart: a date read the same against both depends on neither.
const FAR_APART = [Date.UTC(2001, 0, 10, 12), Date.UTC(2013, 7, 23, 12)];

const HINTS = new RegExp(HINT.source, 'gi');
const WINDOW = 40;

// chrono runs dozens of patterns over all it is given: give it only the
// words around each date word ("in late May 2024", "on Wednesday"), cut at
// spaces, merged when they overlap, in sentence order.
function hintWindows(sentence: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  HINTS.lastIndex = 0;
  for (let m = HINTS.exec(sentence); m !== null; m = HINTS.exec(sentence)) {
    let a = Math.max(0, m.index - WINDOW);
    let b = Math.min(sentence.length, m.index + m[0].length + WINDOW);
    // At most a word's length more, so text without spaces stays linear.
    for (let k = 0; k < 24 && a > 0 && sentence[a - 1] !== ' '; k++) a--;
    for (let k = 0; k < 24 && b < sentence.length && sentence[b] !== ' '; k++) b++;
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

function startOfValue(v: string): string {
  if (/^\d{4}-\d{2}$/.test(v)) return `${v}-01T00:00:00Z`;
  if (/^\d{4}-W\d{2}$/.test(v)) {
    const [y, w] = v.split('-W').map(Number) as [number, number];
    const jan4 = Date.UTC(y, 0, 4);
    const d = (new Date(jan4).getUTCDay() + 6) % 7;
    return iso(jan4 - d * DAY_MS + (w - 1) * 7 * DAY_MS) + 'T00:00:00Z';
  }
  return `${v}T00:00:00Z`;
}

function resolveOne(
  r: chrono.ParsedResult,
  text: string,
  before: string,
  ref: number | undefined,
  past: boolean,
): Omit<ResolvedDate, 'text'> | undefined {
  // Counted back from the day: "three days ago" is a day, "two weeks ago" a week (the ISO week that
  // day falls in), as precise as the words are. Uncounted ("a few days ago") is no date at all.
  if (/\b(?:days?|weeks?)\s+ago\b/.test(text)) {
    const ago = AGO.exec(text);
    if (ref === undefined || ago === null) return undefined;
    const n = COUNTS[ago[1]!] ?? Number(ago[1]);
    return ago[2]!.startsWith('day') ? { value: iso(ref - n * DAY_MS), rule: 'date.days-ago' } : { value: isoWeek(ref - n * 7 * DAY_MS), rule: 'date.weeks-ago' };
  }
  const weekday = WEEKDAYS.findIndex((d) => text.includes(d));
  if (weekday >= 0 && !/\d/.test(text) && !MONTHS.some((m) => text.includes(m))) {
    if (ref === undefined) return undefined;
    if (/next/.test(text)) return undefined;
    // chrono picks the nearest weekday; in the past tense it is the last one.
    const refDay = new Date(ref).getUTCDay();
    const last = /last/.test(text);
    // "Last Tuesday" said on a Tuesday is a week before ("on Tuesday", in the past tense, that day).
    const back = past || last ? (refDay - weekday + 7) % 7 || (last ? 7 : 0) : (weekday - refDay + 7) % 7;
    const ms = past || last ? ref - back * DAY_MS : ref + back * DAY_MS;
    return { value: iso(ms), rule: past ? 'date.weekday-past' : 'date.weekday' };
  }
  if (/\bweek\b/.test(text)) {
    if (ref === undefined) return undefined;
    const shift = /next/.test(text) ? 7 : /last|past/.test(text) ? -7 : 0;
    return { value: isoWeek(ref + shift * DAY_MS), rule: 'date.week' };
  }
  // "Last night" is the evening before the day of publication: an article is most often published in the morning, and
  // one of the evening that says "last night" tells of the night before it all the same (chrono read it as no day).
  // "On the last night of the talks" is no night counted from the day.
  if (/\blast\s+night\b/.test(text)) return ref === undefined || /\b(?:the|its|his|her|our|their)\s+$/.test(before) ? undefined : { value: iso(ref - DAY_MS), rule: 'date.last-night' };
  if (/yesterday/.test(text)) return ref === undefined ? undefined : { value: iso(ref - DAY_MS), rule: 'date.yesterday' };
  if (/today|tonight/.test(text)) return ref === undefined ? undefined : { value: iso(ref), rule: 'date.today' };
  // "Now" is when the words were said, not a day of its own: "X now demands Y, Z said on Tuesday" was said on Tuesday,
  // where chrono's "now" (the reference, every field certain) dated it the article's day.
  if (text === 'now') return undefined;
  const start = r.start;
  // A time of day alone ("the night shift", "a morning session", "at midnight") names no month: chrono
  // gives it the reference's month, implied, and the statement was dated by the month of a shift's name.
  if (!start.isCertain('month') && !start.isCertain('day')) return undefined;
  const y = start.get('year');
  const m = start.get('month');
  if (m === null || m === undefined) return undefined;
  const yearKnown = start.isCertain('year');
  if (!yearKnown && ref === undefined) return undefined;
  let year = yearKnown ? y! : new Date(ref!).getUTCFullYear();
  // "early June" said in July is this year's; said in March, last year's.
  if (!yearKnown && past && ref !== undefined && Date.UTC(year, m - 1, 1) > ref) year--;
  const qualifier = /(early|mid|late)[\s-]*$/.test(before) ? 'date.part-of-month' : 'date.month';
  if (start.isCertain('day') && qualifier === 'date.month') {
    const d = start.get('day')!;
    return { value: iso(Date.UTC(year, m - 1, d)), rule: 'date.day' };
  }
  return { value: month(year, m - 1), rule: qualifier };
}
