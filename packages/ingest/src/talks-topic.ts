/**
 * The topic of talks: "talks on territorial questions", "negotiations about
 * NATO membership", "a discussion of sanctions". What talks are about is no
 * stance of its own: being ready for talks on territory is a stance on the
 * talks, not on ceding territory. The issues named as such a topic are left
 * out of a sentence's issues, and the talks keep the stance; a noun of talks
 * the lexicon does not name ("a discussion of X") stands for the issue the
 * lexicon's "talks" names.
 *
 * @since 0.1.0
 */
import { matchAll, type PhraseMatch, type PhraseMatcher } from './phrase-matcher.js';
import { tokenize, type Token } from './nlp.js';
import type { IssueSense } from './lexicon.js';

// Nouns of talks (by form): the plural "talks" only, "talk of X" being rumour.
const TALKS = new Set(['talks', 'negotiations', 'negotiation', 'discussions', 'discussion', 'dialogue']);
// What opens a topic after them; "of" only after a discussion ("talks of a truce" is rumour).
const ABOUT = new Set(['on', 'about', 'over', 'regarding', 'concerning']);
const OF_AFTER = new Set(['discussion', 'discussions']);
// The parties talked with, between the noun and its topic: "talks with Washington and Moscow on X".
const WITH = new Set(['with', 'between']);
const MAX_WITH = 5;
// Words of the topic's noun phrase before an issue's phrase: "the future of",
// "more complex issues such as", "Ukraine's", "our".
const MODIFIERS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PART', 'ADV']);
const LINKS = new Set(['such', 'as', 'including', 'of', 'the', 'my', 'our', 'your', 'his', 'her', 'its', 'their']);
const MAX_GAP = 6;
// Items of a listed topic: "talks on territory and NATO membership".
const LIST = new Set(['and', 'or', ',']);

// The issue the lexicon's own "talks" names, once per lexicon.
const talksSenses = new WeakMap<object, PhraseMatch<IssueSense> | null>();
function talksSense(matcher: PhraseMatcher<IssueSense>): PhraseMatch<IssueSense> | undefined {
  let found = talksSenses.get(matcher);
  if (found === undefined) {
    const { tokens } = tokenize('talks', 0);
    const m = matchAll(matcher, tokens, 0, tokens.length)[0];
    found = m && m.to === tokens.length ? m : null;
    talksSenses.set(matcher, found);
  }
  return found ?? undefined;
}

// Whether tokens [from, to) may all stand before an issue's phrase in a topic.
function modifiersOnly(tokens: ReadonlyArray<Token>, from: number, to: number): boolean {
  if (to - from > MAX_GAP) return false;
  for (let k = from; k < to; k++) if (!MODIFIERS.has(tokens[k]!.pos) && !LINKS.has(tokens[k]!.norm)) return false;
  return true;
}

/**
 * The issues of `tokens[from, to)` (`issues`, from `matchAll`, in text
 * order) less those named as the topic of talks; a noun of talks no issue
 * names takes the issue the lexicon's "talks" names when its topic is one.
 *
 * @example
 * import { withoutTalksTopics } from './talks-topic.js'
 * import { compileLexicon } from './lexicon.js'
 * import { DEFAULT_LEXICON } from './default-lexicon.js'
 * import { matchAll } from './phrase-matcher.js'
 * import { tokenize } from './nlp.js'
 * const { matcher } = compileLexicon(DEFAULT_LEXICON)
 * const issues = (text: string) => {
 *   const { tokens } = tokenize(text, 0)
 *   return withoutTalksTopics(matchAll(matcher, tokens, 0, tokens.length), tokens, 0, tokens.length, matcher).map((m) => m.pattern.value.issue)
 * }
 * assert.deepStrictEqual(issues('Kyiv is ready for talks on territorial concessions.'), ['peace-talks'])
 * assert.deepStrictEqual(issues('Kyiv wants talks with Moscow about a ceasefire and NATO membership.'), ['peace-talks'])
 * assert.deepStrictEqual(issues('Kyiv proposed a discussion of sanctions.'), ['peace-talks'])
 * assert.deepStrictEqual(issues('Kyiv wants talks and rejects territorial concessions.'), ['peace-talks', 'territorial-concessions'])
 * assert.deepStrictEqual(issues('Kyiv refuses to discuss territorial concessions.'), ['territorial-concessions'])
 * @category rules
 * @since 0.1.0
 * @internal
 */
export function withoutTalksTopics(
  issues: PhraseMatch<IssueSense>[],
  tokens: ReadonlyArray<Token>,
  from: number,
  to: number,
  matcher: PhraseMatcher<IssueSense>,
): PhraseMatch<IssueSense>[] {
  if (issues.length === 0) return issues;
  let topics: Set<PhraseMatch<IssueSense>> | undefined;
  let added: Array<PhraseMatch<IssueSense>> | undefined;
  for (let i = from; i < to - 2; i++) {
    const noun = tokens[i]!;
    if (!TALKS.has(noun.norm) || (noun.pos !== 'NOUN' && noun.pos !== 'PROPN')) continue;
    // "talks with Moscow on X": past the party talked with, to the topic's preposition.
    let p = i + 1;
    if (WITH.has(tokens[p]!.norm)) {
      let k = p + 1;
      while (k < to && k <= p + MAX_WITH && !ABOUT.has(tokens[k]!.norm) && (MODIFIERS.has(tokens[k]!.pos) || LIST.has(tokens[k]!.norm))) k++;
      p = k;
    }
    if (p >= to) continue;
    const prep = tokens[p]!.norm;
    if (!ABOUT.has(prep) && !(prep === 'of' && OF_AFTER.has(noun.norm))) continue;
    // The topic: the issue right after its modifiers, and those listed with it.
    let at = p + 1;
    const own = issues.find((m) => m.from <= i && m.to > i);
    const found: Array<PhraseMatch<IssueSense>> = [];
    for (const m of issues) {
      if (m.from < at || m === own) continue;
      if (!modifiersOnly(tokens, at, m.from)) break;
      found.push(m);
      // "and", "or", a comma, then the next item.
      at = m.to;
      if (at < to && LIST.has(tokens[at]!.norm)) at++;
      else break;
    }
    if (found.length === 0) continue;
    topics ??= new Set();
    for (const m of found) topics.add(m);
    if (own === undefined) {
      const talks = talksSense(matcher);
      if (talks) (added ??= []).push({ from: i, to: i + 1, pattern: talks.pattern });
    }
  }
  if (topics === undefined) return issues;
  const kept = issues.filter((m) => !topics!.has(m));
  return added === undefined ? kept : [...kept, ...added].sort((a, b) => a.from - b.from);
}

// Where a stance is taken, not what it is on: "in the talks", "at the
// Istanbul talks", "during negotiations with Kyiv", "ahead of the talks".
const SETTING = new Set(['in', 'at', 'during', 'throughout', 'amid', 'amidst']);
// Words of the talks' noun phrase before its noun: "the Istanbul talks", "the coalition talks", "the latest round of talks", "Monday's talks".
const SETTING_MODIFIERS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
const SETTING_LINKS = new Set(["'s", 'my', 'our', 'your', 'his', 'her', 'its', 'their', 'round', 'rounds', 'of']);
const MAX_SETTING_GAP = 4;
// Nouns of taking part in the talks, before the preposition: "a role in the
// talks", "a seat at the talks", "progress in the negotiations" are about them.
const PART_NOUNS = new Set([
  'part', 'role', 'seat', 'place', 'say', 'voice', 'participation', 'involvement', 'presence', 'progress', 'breakthrough', 'success', 'interest', 'stake',
]);
const OPENING = new Set(['"', '“', '‘', "'", '«', '(']);
// The nouns of talks a setting names: those of a topic, and meetings.
const SETTING_NOUNS = new Set([...TALKS, 'meeting', 'meetings', 'summit']);

/**
 * The issues of `tokens[from, to)` less the talks that are only the setting
 * of a stance on another issue: in "Russia demanded territorial concessions
 * in the talks with Kyiv" the talks are where the demand was made, not
 * something demanded. A phrase of talks (one with a noun of talks or
 * meetings: "the peace talks", "the meeting with Russia") is a setting after "in", "at", "during", "throughout",
 * "amid" or "ahead of" (its modifiers between: "at the Istanbul talks"),
 * when the preposition follows the noun phrase of another issue named before it
 * ("concessions in the talks", "a ceasefire in principle during the talks"),
 * or opens the sentence ("At the talks in Istanbul, Russia demanded X").
 * After a verb or an adjective ("take part in", "interested in talks"), after
 * "and" or a comma, after a noun of taking part ("a seat at the talks"), or
 * with no other issue before it, the talks are read as before.
 *
 * @example
 * import { withoutTalksSettings } from './talks-topic.js'
 * import { compileLexicon } from './lexicon.js'
 * import { DEFAULT_LEXICON } from './default-lexicon.js'
 * import { matchAll } from './phrase-matcher.js'
 * import { tokenize } from './nlp.js'
 * const { matcher } = compileLexicon(DEFAULT_LEXICON)
 * const issues = (text: string) => {
 *   const { tokens } = tokenize(text, 0)
 *   return withoutTalksSettings(matchAll(matcher, tokens, 0, tokens.length), tokens, 0, []).map((m) => m.pattern.value.issue)
 * }
 * assert.deepStrictEqual(issues('Russia demanded territorial concessions in the talks with Kyiv.'), ['territorial-concessions'])
 * assert.deepStrictEqual(issues('Kyiv proposed a prisoner exchange at the Istanbul talks.'), ['prisoner-exchange'])
 * assert.deepStrictEqual(issues('Kyiv wants to take part in the talks.'), ['peace-talks'])
 * assert.deepStrictEqual(issues('Kyiv wants a ceasefire and a role in the talks.'), ['ceasefire', 'peace-talks'])
 * @category rules
 * @since 0.1.0
 * @internal
 */
export function withoutTalksSettings(
  issues: PhraseMatch<IssueSense>[],
  tokens: ReadonlyArray<Token>,
  from: number,
  actors: ReadonlyArray<{ readonly from: number; readonly to: number }>,
): PhraseMatch<IssueSense>[] {
  const lasted = issues.filter((m) => namesTalks(tokens, m) && durationBefore(tokens, from, m.from));
  if (lasted.length > 0) issues = issues.filter((m) => !lasted.includes(m));
  if (issues.length < 2 && !(issues.length === 1 && settingOpens(tokens, from))) return issues;
  let settings: Set<PhraseMatch<IssueSense>> | undefined;
  for (const m of issues) {
    if (!namesTalks(tokens, m)) continue;
    const prep = settingPreposition(tokens, from, m.from);
    if (prep === undefined) continue;
    let opens = prep.from === from;
    for (let k = prep.from - 1; k >= from && OPENING.has(tokens[k]!.norm); k--) if (k === from) opens = true;
    if (!opens && !afterOtherIssue(tokens, issues, actors, from, prep.from, m)) continue;
    (settings ??= new Set()).add(m);
  }
  return settings === undefined ? issues : issues.filter((m) => !settings!.has(m));
}

// "after 19 hours of talks", "followed weeks of frank talks", "over two days of negotiations": how long talks lasted,
// after a word of time or sequence, is when a thing happened, not what it is about (reviews of league and migration talks).
function durationBefore(tokens: ReadonlyArray<Token>, from: number, at: number): boolean {
  let k = at - 1;
  while (k >= from && tokens[k]!.pos === 'ADJ') k--;
  if (k - 1 < from || tokens[k]!.norm !== 'of' || !DURATION_UNITS.has(tokens[k - 1]!.lemma)) return false;
  k -= 2;
  // Quotation marks between: followed "weeks of frank talks".
  while (k >= from && (tokens[k]!.pos === 'NUM' || tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'DET' || /^["“”]$/.test(tokens[k]!.text))) k--;
  return k >= from && DURATION_LEADS.has(tokens[k]!.norm);
}
const DURATION_UNITS = new Set(['hour', 'day', 'night', 'week', 'month', 'year']);
// "on the third day of talks", "in the second week of talks" (a review of election talks): which day of them.
const DURATION_LEADS = new Set(['after', 'following', 'followed', 'over', 'during', 'throughout', 'amid', 'within', 'despite', 'ending', 'ended', 'capping', 'capped', 'on', 'in', 'by']);

// Whether a sentence opens with a preposition of setting (after opening quotes).
function settingOpens(tokens: ReadonlyArray<Token>, from: number): boolean {
  let k = from;
  while (k < tokens.length && OPENING.has(tokens[k]!.norm)) k++;
  return k < tokens.length && (SETTING.has(tokens[k]!.norm) || tokens[k]!.norm === 'ahead');
}

// Whether a phrase names talks or a meeting by its noun ("the peace talks", "trade negotiations", "the meeting with Russia").
function namesTalks(tokens: ReadonlyArray<Token>, m: PhraseMatch<IssueSense>): boolean {
  for (let k = m.from; k < m.to; k++) {
    const t = tokens[k]!;
    if (SETTING_NOUNS.has(t.norm) && (t.pos === 'NOUN' || t.pos === 'PROPN')) return true;
  }
  return false;
}

// The preposition of setting right before a phrase of talks, its modifiers between.
function settingPreposition(tokens: ReadonlyArray<Token>, from: number, at: number): { from: number } | undefined {
  let k = at - 1;
  while (k >= from && at - k <= MAX_SETTING_GAP && !SETTING.has(tokens[k]!.norm) && (SETTING_MODIFIERS.has(tokens[k]!.pos) || SETTING_LINKS.has(tokens[k]!.norm))) k--;
  if (k < from) return undefined;
  const t = tokens[k]!.norm;
  if (SETTING.has(t)) return { from: k };
  // "ahead of the talks"
  if (t === 'ahead' && tokens[k + 1]!.norm === 'of') return { from: k };
  return undefined;
}

// Whether the word before the preposition ends the noun phrase of another
// issue named before it: a noun, a name, an adverb ("in principle", "again"), not a verb.
function afterOtherIssue(
  tokens: ReadonlyArray<Token>,
  issues: ReadonlyArray<PhraseMatch<IssueSense>>,
  actors: ReadonlyArray<{ readonly from: number; readonly to: number }>,
  from: number,
  prep: number,
  talks: PhraseMatch<IssueSense>,
): boolean {
  if (prep - 1 < from || !issues.some((i) => i !== talks && i.to <= prep && !namesTalks(tokens, i))) return false;
  const before = tokens[prep - 1]!;
  if (PART_NOUNS.has(before.norm) || PART_NOUNS.has(before.lemma)) return false;
  if (issues.some((i) => i.to === prep) || actors.some((a) => a.to === prep)) return true;
  return before.pos === 'NOUN' || before.pos === 'PROPN' || before.pos === 'NUM' || before.pos === 'ADV';
}
