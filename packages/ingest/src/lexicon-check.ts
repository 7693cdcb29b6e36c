/**
 * Checks of a lexicon that decodes but reads wrong: a phrase that names the
 * thing an issue's other phrase does away with, listed with the issue's own
 * polarity. A bailout's `fuel-subsidy-cut` listed "cut fuel subsidies" and
 * the bare "subsidy" both as `+`, so "agreed to keep the cooking gas
 * subsidy" read as agreeing to the cut (a review of bailout talks).
 *
 * @since 0.1.0
 */
import { NEGATORS } from './cue-rules.js';
import type { Lexicon, LexiconPhrase } from './lexicon.js';
import { nearNames } from '@stancelog/core';
import { tokenize } from './nlp.js';
import { compilePatterns, matchAll } from './phrase-matcher.js';

const phraseOf = (p: LexiconPhrase): string => (typeof p === 'string' ? p : p.phrase);
// A phrase's words, in lower case, each by its first alternative ("cut|slash subsidies": cut, subsidies).
const wordsOf = (p: LexiconPhrase): string[] => phraseOf(p).split(/\s+/).map((w) => w.split('|')[0]!.toLowerCase());
const polarityOf = (p: LexiconPhrase): string => (typeof p === 'string' ? '+' : p.polarity ?? '+');
// Words of a phrase that stand for no thing: a gap, articles, prepositions.
const FILLERS = new Set(['*', 'a', 'an', 'the', 'of', 'on', 'in', 'to', 'for', 'any', 'all']);
// Words that do away with a thing besides the negators the stances read ("a subsidy cut", "phase-out of X").
const UNDOING = new Set([...NEGATORS, 'cut', 'cuts', 'phase-out', 'out', 'reduction', 'reduce', 'ban', 'freeze']);
// One form of a word for comparison: "subsidies", "subsidy" alike.
const stem = (w: string): string => w.toLowerCase().replace(/ies$/, 'y').replace(/s$/, '');

/**
 * Options of {@link lexiconWarnings}.
 *
 * @example
 * import { lexiconWarnings } from '@stancelog/ingest'
 * import type { LexiconWarningOptions } from '@stancelog/ingest'
 * const lexicon = { name: 'port', issues: [{ id: 'night-shifts', title: 'Night shifts', proposition: 'dockers work night shifts', parent: 'working-time', phrases: ['night shift'] }] }
 * // working-time is defined outside this lexicon (an earlier ingest defined it in the log): nothing to say.
 * const options: LexiconWarningOptions = { issues: ['working-time'] }
 * assert.deepStrictEqual(lexiconWarnings(lexicon, options), [])
 * @category lexicon
 * @since 0.1.0
 */
export interface LexiconWarningOptions {
  /**
   * The issues defined besides the lexicon's own (by the default lexicon
   * it is merged with, by the log it is ingested into): with them, an
   * issue's `parent` that neither defines is warned of, with the closest
   * id (a misspelt parent would put the issue within one nothing names;
   * not refused, as the log may define it later). Without them, parents
   * are not looked at.
   */
  readonly issues?: Iterable<string> | undefined;
}

/**
 * Warnings for a lexicon that decodes but reads wrong, each with the path
 * of the phrase or field (`issues[2].phrases[9]`) and what to do; an empty
 * list when there is nothing to say:
 *
 * - a phrase that names what another phrase of the same issue does away
 *   with, both of the same polarity. The advice goes to the phrase that is
 *   not the issue's own: the bare thing ("subsidy") when the issue is the
 *   undoing (its title does away with something: "Fuel subsidy cut"), the
 *   undoing one ("no wealth tax") when the issue is the thing (its title
 *   names it, "Wealth tax", or the undoing phrase opens with a negator: no,
 *   not, never, without, an end to);
 * - a phrase listed under two issues: the first is read, the other never
 *   through it;
 * - a phrase that matches nothing, not even its own words as an article's
 *   text is read ("$640 million": the text reads "$" apart; a review of
 *   stadium talks), or that has no word at all (`""`);
 * - with `options.issues`, a `parent` neither the lexicon nor
 *   `options.issues` defines.
 *
 * @example
 * import { lexiconWarnings } from '@stancelog/ingest'
 * const lexicon = { name: 'bailout', issues: [{ id: 'fuel-subsidy-cut', title: 'Fuel subsidy cut', proposition: 'fuel subsidies are cut', phrases: ['cut fuel subsidies', 'subsidy'] }] }
 * assert.deepStrictEqual(lexiconWarnings(lexicon), [
 *   'issues[0].phrases[1]: "subsidy" names what "cut fuel subsidies" does away with, with the same polarity (+): give it "polarity": "-", or "keep the subsidy" reads as fuel-subsidy-cut +',
 * ])
 * // The issue is the tax: the phrase that does away with it is the one to mend.
 * const tax = { name: 'coalition', issues: [{ id: 'wealth-tax', title: 'Wealth tax', proposition: 'a tax on fortunes is introduced', phrases: ['wealth tax', 'no wealth tax'] }] }
 * assert.deepStrictEqual(lexiconWarnings(tax), [
 *   'issues[0].phrases[1]: "no wealth tax" does away with what "wealth tax" names, with the same polarity (+): give it "polarity": "-", or "want no wealth tax" reads as wealth-tax +',
 * ])
 * @category lexicon
 * @since 0.1.0
 */
export function lexiconWarnings(lexicon: Lexicon, options: LexiconWarningOptions = {}): string[] {
  const out: string[] = [];
  // Where each phrase is first listed, by its words: a later issue listing it too is never read through it.
  const listed = new Map<string, { issue: number; phrase: number }>();
  lexicon.issues.forEach((issue, i) => {
    const undoing = issue.phrases.flatMap((p, j) => {
      const words = wordsOf(p);
      if (!words.some((w) => UNDOING.has(w))) return [];
      return [{ phrase: p, index: j, things: new Set(words.filter((w) => !UNDOING.has(w) && !FILLERS.has(w)).map(stem)) }];
    });
    // What the issue is, by its title: an undoing ("Fuel subsidy cut", "Coal phase-out") or a thing ("Wealth tax").
    const titleWords = issue.title.split(/\s+/).map((w) => w.toLowerCase().replace(/[^\p{L}\p{N}'-]/gu, ''));
    const titleUndoes = titleWords.some((w) => UNDOING.has(w));
    const titleThings = new Set(titleWords.filter((w) => w !== '' && !FILLERS.has(w)).map(stem));
    const blamed = new Set<number>();
    issue.phrases.forEach((p, j) => {
      const words = wordsOf(p);
      if (words.some((w) => UNDOING.has(w))) return;
      const named = words.filter((w) => !FILLERS.has(w)).map(stem);
      const polarity = polarityOf(p);
      const other = polarity === '+' ? '-' : '+';
      const bys = undoing.filter((u) => polarityOf(u.phrase) === polarity && named.length > 0 && named.every((w) => u.things.has(w)));
      // The issue is the thing when its title names it and does away with nothing, or when the undoing phrase opens
      // with a negator ("no wealth tax"): that phrase is the slip, and giving the thing "-" would flip every reading.
      const slip = (u: (typeof undoing)[number]): boolean => !titleUndoes && (opensWithNegator(phraseOf(u.phrase)) || named.every((w) => titleThings.has(w)));
      const own = bys.find((u) => !slip(u));
      if (own !== undefined) {
        out.push(`issues[${i}].phrases[${j}]: "${phraseOf(p)}" names what "${phraseOf(own.phrase)}" does away with, with the same polarity (${polarity}): give it "polarity": "${other}", or "keep the ${phraseOf(p)}" reads as ${issue.id} ${polarity}`);
      }
      for (const by of bys.filter(slip)) {
        if (blamed.has(by.index)) continue;
        blamed.add(by.index);
        const said = opensWithNegator(phraseOf(by.phrase)) ? `"want ${phraseOf(by.phrase)}"` : `a demand for "${phraseOf(by.phrase)}"`;
        out.push(`issues[${i}].phrases[${by.index}]: "${phraseOf(by.phrase)}" does away with what "${phraseOf(p)}" names, with the same polarity (${polarity}): give it "polarity": "${other}", or ${said} reads as ${issue.id} ${polarity}`);
      }
    });
    issue.phrases.forEach((p, j) => {
      // A phrase of no word at all ("", or gaps and bars alone) matches nothing: a slip, or a phrase left to fill in.
      if (phraseOf(p).replace(/[\s*|]/g, '') === '') return void out.push(`issues[${i}].phrases[${j}]: ${JSON.stringify(phraseOf(p))} matches nothing: a phrase needs a word`);
      const words = unmatchedWords(phraseOf(p));
      if (words !== undefined) out.push(`issues[${i}].phrases[${j}]: "${phraseOf(p)}" matches nothing, not even its own words as an article is read (${words.join(' | ')}): write it as those words read, without the symbol`);
      const key = phraseOf(p).trim().replace(/\s+/g, ' ').toLowerCase();
      const first = listed.get(key);
      if (first === undefined) listed.set(key, { issue: i, phrase: j });
      else if (first.issue !== i) {
        const owner = lexicon.issues[first.issue]!.id;
        out.push(`issues[${i}].phrases[${j}]: "${phraseOf(p)}" is listed under ${owner} too (issues[${first.issue}].phrases[${first.phrase}]), which is read: ${issue.id} is never read through it; list it under one issue (or give this one more words)`);
      }
    });
  });
  if (options.issues !== undefined) {
    const own = new Set(lexicon.issues.map((i) => i.id));
    const besides = new Set(options.issues);
    lexicon.issues.forEach((issue, i) => {
      const parent = issue.parent;
      if (parent === undefined || own.has(parent) || besides.has(parent)) return;
      const near = nearNames(parent, [...own, ...besides], 1)[0];
      const guess = near === undefined ? '' : ` (${near}?)`;
      out.push(`issues[${i}].parent: ${JSON.stringify(parent)} is defined by neither the lexicon nor the log${guess}: ${issue.id} is recorded within it all the same; define it (an issue of the lexicon, or an issue-defined event) or mend the id`);
    });
  }
  return out;
}

// A phrase that opens by negating what follows ("no wealth tax", "not a penny more", "an end to coal"): it names the
// thing's absence, not the issue's own undoing.
function opensWithNegator(phrase: string): boolean {
  return /^(?:no|not|never|without|nor|(?:an? |the )?end (?:to|of))(?:\s|$)/i.test(phrase.trim());
}

// The words of a plain phrase (no "*" or "|") as the pipeline reads them in a text, when the phrase does not match them.
function unmatchedWords(phrase: string): string[] | undefined {
  if (/[*|]/.test(phrase)) return undefined;
  const { tokens } = tokenize(phrase, 0);
  const found = matchAll(compilePatterns([{ source: phrase, value: phrase }]), tokens, 0, tokens.length);
  return found.some((m) => m.from === 0 && m.to === tokens.length) ? undefined : tokens.map((t) => t.text);
}
